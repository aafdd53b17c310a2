#!/usr/bin/env bash
# Flood benchmark (issue 21): starts the application with its default rate limits on a free local port
# against a dedicated database, creates an event of 100 seats, and sends 200 anonymous
# POST /api/v1/evenements/{id}/inscriptions (one person each) from one client address over HTTP.
# Prints the HTTP statuses (goal: 20 x 201, 180 x 429), the Retry-After values, the seats taken (20)
# and the answer to another client relayed by a trusted proxy (201).
#
# Usage: bash bench/abuse.sh
#   COOPDEC_BENCH_DB_URL   (default jdbc:mariadb://127.0.0.1:3306/coopdec_bench_abuse?createDatabaseIfNotExist=true)
#   COOPDEC_BENCH_DB_USERNAME / COOPDEC_BENCH_DB_PASSWORD   (default root, empty)
#   BENCH_SEATS (100), BENCH_REQUESTS (200), BENCH_CLIENTS (10)
# Same build and launch as bench/assises.sh, with another main class.
BENCH_MAIN=fr.coopdec.bench.AbuseBenchmark BENCH_WORK=target/bench-abuse exec bash "$(dirname "$0")/assises.sh"
