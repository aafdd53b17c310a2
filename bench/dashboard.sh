#!/usr/bin/env bash
# Dashboard benchmark (issue 8): starts the application on a dedicated database filled with the demo
# data of ./mvnw spring-boot:run (generated on the first run, kept for later runs), then prints the
# median and p95 server time of the dashboard for each demo account's scope and of a 360° page.
#
# Usage: bash bench/dashboard.sh
#   COOPDEC_BENCH_DB_URL   JDBC URL (default: coopdec_bench_demo on the machine's MariaDB,
#                          jdbc:mariadb://127.0.0.1:3306/coopdec_bench_demo?createDatabaseIfNotExist=true)
#   COOPDEC_BENCH_DB_USERNAME / COOPDEC_BENCH_DB_PASSWORD   (default root, empty)
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=target/bench-dashboard
mkdir -p "$WORK"
echo "Building classes and class path..."
./mvnw -q -B -ntp test-compile dependency:build-classpath \
    -Dmdep.outputFile="$WORK/test-classpath.txt" -Dmdep.includeScope=test
rm -rf "$WORK/classes" "$WORK/test-classes" && cp -r target/classes target/test-classes "$WORK/"
java -Xmx1g -cp "$WORK/test-classes:$WORK/classes:$(cat "$WORK/test-classpath.txt")" fr.coopdec.bench.DashboardBenchmark
