#!/usr/bin/env bash
# Builds benchmarks/target/benchmarks.jar and runs every benchmark with the settings of the report:
# one fork, 3 x 5 s warm-up, 5 x 5 s measurement, an 8 GB heap, the GC profiler, results as JSON in
# benchmarks/target/jmh.json, then prints the ratios. About 10 minutes on 2 cores; run it on a quiet
# machine. Extra arguments go to JMH, e.g. `benchmarks/run.sh RfmBenchmark` or a smoke run:
#   benchmarks/run.sh -wi 1 -i 1 -w 1s -r 1s -p customers=100000
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q package -pl benchmarks -am -DskipTests -Djacoco.skip=true

java -jar benchmarks/target/benchmarks.jar \
  -f 1 -wi 3 -w 5s -i 5 -r 5s \
  -jvmArgsAppend "-Xmx8g -Xms2g" \
  -prof gc \
  -rf json -rff benchmarks/target/jmh.json \
  "$@"

python3 benchmarks/ratios.py benchmarks/target/jmh.json
