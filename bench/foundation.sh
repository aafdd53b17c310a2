#!/usr/bin/env bash
# Foundation benchmark: prints
#   1. the full reference-data import on an empty database (countries, themes, foreign authorities,
#      ~36,000 French authorities), from the application's own log;
#   2. the cold start (empty database, import included) and the warm start (data already there)
#      of the application, measured from JVM launch to the first served home page.
# Runs on the embedded MariaDB in a throw-away folder (target/bench), so it needs nothing but a JDK.
# Usage: bench/foundation.sh        (port 18080; set BENCH_PORT to change)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${BENCH_PORT:-18080}
WORK=target/bench
rm -rf "$WORK" && mkdir -p "$WORK"

echo "Building classes and class path..."
./mvnw -q -B -ntp -DskipTests compile dependency:build-classpath \
    -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=runtime
CP="target/classes:$(cat "$WORK/classpath.txt")"

start_app() { # $1 = log file; prints seconds until the home page answers 200
    local log=$1 t0 pid
    t0=$(date +%s.%N)
    COOPDEC_DATA_DIR="$WORK/mariadb" COOPDEC_DB_BASE_DIR="$WORK/mariadb-base" PORT=$PORT \
        java -cp "$CP" fr.coopdec.CoopDecApplication >"$log" 2>&1 &
    pid=$!
    echo "$pid" >"$WORK/pid"
    for _ in $(seq 1 3000); do
        if curl -fs -o /dev/null "http://127.0.0.1:$PORT/"; then
            awk -v a="$(date +%s.%N)" -v b="$t0" 'BEGIN { printf "%.2f", a - b }'
            return 0
        fi
        kill -0 "$pid" 2>/dev/null || { echo "the application died, see $log" >&2; return 1; }
        sleep 0.1
    done
    echo "no answer after 300 s, see $log" >&2
    return 1
}

wait_for_log() { # $1 = log file, $2 = pattern: the runners log it once the reference data is in
    for _ in $(seq 1 3000); do
        grep -qE "$2" "$1" && return 0
        sleep 0.1
    done
    echo "'$2' not logged after 300 s, see $1" >&2
    return 1
}

stop_app() { # the app runs in a command substitution's subshell: not our child, so poll until it is gone
    local pid
    pid=$(cat "$WORK/pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 600); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if curl -fs -o /dev/null "http://127.0.0.1:$PORT/"; then
        echo "port $PORT still answers after stopping the application" >&2
        exit 1
    fi
}

echo "Cold start on an empty database..."
cold=$(start_app "$WORK/cold.log")
# the home page answers before the application runners have finished importing: wait for them
wait_for_log "$WORK/cold.log" 'French authorities (imported in|import failed)'
stop_app
echo "Warm start..."
warm=$(start_app "$WORK/warm.log")
wait_for_log "$WORK/warm.log" 'French authorities(: the Etalab files were already imported| imported in| import failed)'
stop_app

# The reference data is loaded by application runners, right after "Started CoopDecApplication":
# from that line to the end of the French authorities import is the whole import.
millis() { date -d "$1" +%s%3N; }
started=$(grep -m1 'Started CoopDecApplication' "$WORK/cold.log" | cut -d' ' -f1 || true)
imported=$(grep -m1 'French authorities imported in' "$WORK/cold.log" | cut -d' ' -f1 || true)
import_ms=$([ -n "$started" ] && [ -n "$imported" ] && echo $(( $(millis "$imported") - $(millis "$started") )) || true)
french=$(grep -o 'French authorities imported in [0-9]* ms: [0-9]* added' "$WORK/cold.log" | head -1 || true)
warm_import=$(grep -c 'French authorities imported in' "$WORK/warm.log" || true)

echo
echo "== CoopDec foundation benchmark ($(nproc) cores) =="
printf 'reference data import, empty database : %s ms (goal <= 30000)\n' "${import_ms:-n/a}"
printf '  of which French authorities          : %s\n' "${french:-n/a}"
printf 'cold start to served home page        : %.1f s (the import then runs on, see above)\n' "$cold"
printf 'warm start to served home page        : %.1f s (goal <= 20 s)\n' "$warm"
printf 'imports re-run on the warm start      : %s (expected 0: same files already imported)\n' "$warm_import"
