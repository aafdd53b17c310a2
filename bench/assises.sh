#!/usr/bin/env bash
# Assises registration benchmark (issues 7, 14): starts the application on a free local port against a
# dedicated database, creates an event of 100 seats and fires 500 simultaneous anonymous
# POST /api/v1/evenements/{id}/inscriptions over HTTP from 50 client threads; prints the confirmed /
# waitlisted / error counts (goal 100 / 400 / 0), the throughput, and checks the seat counter and rows.
# A real SMTP server (GreenMail, in the benchmark JVM) takes BENCH_SMTP_DELAY_MS (200) per mail; the
# application sends the 500 mails from its outbox with BENCH_MAIL_THREADS (4) threads. Also printed: how
# long the event lock was held and waited for (p50/p99/max), and when the last mail was out.
#
# Usage: bash bench/assises.sh
#   COOPDEC_BENCH_DB_URL   (default jdbc:mariadb://127.0.0.1:3306/coopdec_bench_assises?createDatabaseIfNotExist=true)
#   COOPDEC_BENCH_DB_USERNAME / COOPDEC_BENCH_DB_PASSWORD   (default root, empty)
#   BENCH_SEATS (100), BENCH_REQUESTS (500), BENCH_CLIENTS (50)
# Not part of the test suite (the main class lives in src/test/java, named *Benchmark).
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${BENCH_WORK:-target/bench-assises}
mkdir -p "$WORK"
echo "Building classes and class path..."
./mvnw -q -B -ntp -o test-compile dependency:build-classpath \
    -Dmdep.outputFile="$WORK/test-classpath.txt" -Dmdep.includeScope=test
rm -rf "$WORK/classes" "$WORK/test-classes" && cp -r target/classes target/test-classes "$WORK/"
# The application runs on the test class path (the benchmark, GreenMail), minus the test-only Jackson
# Kotlin module (brought by mock-oauth2-server): Spring Boot would register it, and it adds a Kotlin
# reflection lookup to every JSON request that the production jar does not make.
CLASSPATH_RUN=$(tr ':' '\n' < "$WORK/test-classpath.txt" | grep -v '/jackson-module-kotlin/' | paste -sd: -)
java -Xmx1g -cp "$WORK/test-classes:$WORK/classes:$CLASSPATH_RUN" "${BENCH_MAIN:-fr.coopdec.bench.AssisesBenchmark}"
