#!/usr/bin/env bash
# Builds benchmarks/target/benchmarks.jar and runs the benchmarks with the settings of the report,
# then prints the ratios. Run it on a quiet machine.
#
#   benchmarks/run.sh                      everything: the in-memory benchmarks (B1, B2, B6), then
#                                          the database ones (B3, B4); 30-45 minutes on 2 cores
#   benchmarks/run.sh RfmBenchmark         one in-memory benchmark (any JMH arguments)
#   benchmarks/run.sh JpaImportBenchmark   B3 on H2, PostgreSQL and MariaDB
#   benchmarks/run.sh JpaReminderBenchmark B4 on H2, PostgreSQL and MariaDB
#   benchmarks/run.sh Jpa                  B3 and B4 (estimated 20-35 minutes; see docs)
#
# In-memory benchmarks: one fork, 3 x 5 s warm-up, 5 x 5 s measurement, an 8 GB heap, the GC
# profiler, results in benchmarks/target/jmh.json. Database benchmarks (arguments starting Jpa):
# the settings of their annotations (B3 SingleShotTime, one import per side and database after a
# 2,000-customer agreement check; B4 SampleTime, 2 x 2 s warm-up, 3 x 3 s measurement), an 8 GB
# heap, results in
# benchmarks/target/jmh-jpa.json, query plans in benchmarks/target/plans. They need PostgreSQL and
# MariaDB (CRMKIT_PG_URL, CRMKIT_MARIADB_URL, ... as crm-jpa's tests; defaults 127.0.0.1) unless
# restricted with `-p database=H2`; B4's shared schemas (bench_kept_*) are dropped before and
# after, unless CRMKIT_BENCH_KEEP=1: then they stay, and a set-up reuses a schema whose marker row
# names the same data and generator (ReminderLoad), which saves the load (2.5-3 minutes for 5M
# reminders per database; about 20 on MariaDB with its default 128 MB buffer pool) while
# iterating; drop them afterwards with
#   java -cp benchmarks/target/benchmarks.jar io.crmkit.benchmarks.BenchSchemas drop
# Extra arguments go to JMH; JMH_RUN replaces the run settings, e.g. for smoke runs:
#   JMH_RUN="-f 1 -wi 1 -w 1s -i 1 -r 1s" benchmarks/run.sh
#   JMH_RUN="-i 1 -p customers=2000" benchmarks/run.sh JpaImportBenchmark
#   JMH_RUN="-wi 1 -w 1s -i 1 -r 1s -p reminders=200000 -p hotBacklog=20000 -p depth=10000" \
#     benchmarks/run.sh JpaReminderBenchmark
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q package -pl benchmarks -am -DskipTests -Djacoco.skip=true

jar=benchmarks/target/benchmarks.jar
heap=(-jvmArgsAppend "-Xmx8g -Xms2g")

in_memory() {
  # shellcheck disable=SC2086 # JMH_RUN is a list of options
  java -jar "$jar" \
    ${JMH_RUN:--f 1 -wi 3 -w 5s -i 5 -r 5s} \
    "${heap[@]}" \
    -prof gc \
    -rf json -rff benchmarks/target/jmh.json \
    "$@"
}

databases() {
  if [[ ${CRMKIT_BENCH_KEEP:-} != 1 ]]; then
    java -cp "$jar" io.crmkit.benchmarks.BenchSchemas drop
    trap 'java -cp "$jar" io.crmkit.benchmarks.BenchSchemas drop' EXIT
  fi
  # shellcheck disable=SC2086 # JMH_RUN is a list of options
  java -jar "$jar" \
    ${JMH_RUN:-} \
    "${heap[@]}" \
    -rf json -rff benchmarks/target/jmh-jpa.json \
    "$@"
}

results=()
if [[ $# -eq 0 ]]; then
  in_memory -e 'Jpa'
  databases 'Jpa'
  results=(benchmarks/target/jmh.json benchmarks/target/jmh-jpa.json)
elif [[ $1 == Jpa* ]]; then
  databases "$@"
  results=(benchmarks/target/jmh-jpa.json)
else
  in_memory "$@"
  results=(benchmarks/target/jmh.json)
fi

python3 benchmarks/ratios.py "${results[@]}"
