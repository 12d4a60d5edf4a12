#!/usr/bin/env bash
# Runs the JMH stage benchmarks on the sample corpus. Extra arguments go to JMH (e.g. -f 1 -wi 1 -i 2).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests install
mvn -q -B -pl benchmarks dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
exec java -Dentente.samples=samples -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" \
  org.openjdk.jmh.Main "$@"
