#!/usr/bin/env bash
# Builds benchmarks/target/benchmarks.jar and runs every benchmark with the settings of the report:
# one fork, 3 x 5 s warm-up, 5 x 5 s measurement, an 8 GB heap, the GC profiler, results as JSON in
# benchmarks/target/jmh.json, then prints the ratios. About 10 minutes on 2 cores; run it on a quiet
# machine. Extra arguments go to JMH (e.g. `benchmarks/run.sh RfmBenchmark`); JMH_RUN replaces the
# run settings, e.g. for a smoke run:
#   JMH_RUN="-f 1 -wi 1 -w 1s -i 1 -r 1s" benchmarks/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q package -pl benchmarks -am -DskipTests -Djacoco.skip=true

# shellcheck disable=SC2086 # JMH_RUN is a list of options
java -jar benchmarks/target/benchmarks.jar \
  ${JMH_RUN:--f 1 -wi 3 -w 5s -i 5 -r 5s} \
  -jvmArgsAppend "-Xmx8g -Xms2g" \
  -prof gc \
  -rf json -rff benchmarks/target/jmh.json \
  "$@"

python3 benchmarks/ratios.py benchmarks/target/jmh.json
