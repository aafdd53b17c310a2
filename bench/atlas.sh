#!/usr/bin/env bash
# Atlas benchmark (issue 3): fills a dedicated database with 100,000 demo partnerships and about
# 300,000 projects (the demo data generator at scale; done once, kept for later runs), then prints
# for five typical searches the median and p95 time of the API's first page (AtlasQueries.search:
# 20 rows + count, in-process, warm JVM) next to the same SQL over plain JDBC, with the ratio; and
# for the map and chart aggregates their time next to their raw SQL.
#
# Usage: bash bench/atlas.sh
#   COOPDEC_BENCH_DB_URL   JDBC URL of the database to fill (default: coopdec_bench on the machine's
#                          MariaDB, jdbc:mariadb://127.0.0.1:3306/coopdec_bench?createDatabaseIfNotExist=true)
#   COOPDEC_BENCH_DB_USERNAME / COOPDEC_BENCH_DB_PASSWORD   (default root, empty)
#   BENCH_PARTENARIATS     number of partnerships (default 100000)
#   BENCH_BUFFER_POOL      InnoDB buffer pool the server is given first, in bytes (default 1 GiB, so
#                          that the 450 MB of data and indexes stay in memory as on a sized server;
#                          MariaDB's default of 128 MiB turns every search into disk reads); set it
#                          to "keep" to leave the server as it is. Needs the mariadb client and SUPER.
# The first run imports the reference data (~30 s) and generates the data (~1-2 min); later runs
# reuse them. Not part of the test suite (the main class lives in src/test/java, named *Benchmark).
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=target/bench
mkdir -p "$WORK"
POOL=${BENCH_BUFFER_POOL:-1073741824}
if [ "$POOL" != keep ] && command -v mariadb >/dev/null 2>&1; then
    mariadb -h127.0.0.1 -uroot -e "SET GLOBAL innodb_buffer_pool_size = $POOL" 2>/dev/null \
        || echo "(could not set the buffer pool; measuring with the server's own setting)"
fi
command -v mariadb >/dev/null 2>&1 && echo "InnoDB buffer pool: $(mariadb -N -h127.0.0.1 -uroot \
    -e 'SELECT @@innodb_buffer_pool_size DIV 1048576') MiB" || true
echo "Building classes and class path..."
./mvnw -q -B -ntp test-compile dependency:build-classpath \
    -Dmdep.outputFile="$WORK/test-classpath.txt" -Dmdep.includeScope=test
# Run from a copy, so that a build started meanwhile does not pull classes from under the JVM.
rm -rf "$WORK/classes" "$WORK/test-classes" && cp -r target/classes target/test-classes "$WORK/"
java -Xmx2g -cp "$WORK/test-classes:$WORK/classes:$(cat "$WORK/test-classpath.txt")" fr.coopdec.bench.AtlasBenchmark
