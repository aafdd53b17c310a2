#!/usr/bin/env bash
# Multi-server run on one machine, without Docker (issue 15): the topology of docker/cluster.yaml as
# processes on loopback ports, everything this script starts stopped at the end (by PID).
#
#   MariaDB primary 127.0.0.1:13306 --GTID replication--> MariaDB replica 127.0.0.1:13307 (read only)
#   app1 127.0.0.1:18081, app2 127.0.0.1:18082 (production jar, JDBC URL jdbc:mariadb:sequential://primary,replica)
#   HAProxy 127.0.0.1:18080 (round robin, sticky cookie SERVERID, health check /actuator/health/readiness)
#
# Then src/test/java/fr/coopdec/bench/ClusterBenchmark.java fires 500 concurrent registrations through
# HAProxy, kills app1 (SIGKILL) mid-run, checks no overbooking, that nothing answered as saved is lost,
# that a user of app1 signs in again on app2, that each scheduled-job firing ran on one server, stops
# app2 and compares every table of the replica with the primary (rows and a checksum of their values). Last,
# bench/backup.sh + bench/restore-drill.sh take a backup of the replica and restore it into a fresh
# database. Prints the figures; exits 0 only when every check holds.
#
# Usage: bash bench/cluster.sh      (as root on a fresh machine: installs mariadb-server, mariadb-client
#                                    and haproxy with apt-get when missing)
#   CLUSTER_WORK (default: a new folder under /tmp), CLUSTER_SKIP_BUILD=1 (reuse target/coopdec-*.jar),
#   BENCH_REQUESTS (500), BENCH_SEATS (100), BENCH_CLIENTS (50), BENCH_KILL_AFTER (150 answers)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PRIMARY_PORT=13306 REPLICA_PORT=13307 LB_PORT=18080 APP1_PORT=18081 APP2_PORT=18082
WORK=${CLUSTER_WORK:-$(mktemp -d /tmp/coopdec-cluster.XXXXXX)}
mkdir -p "$WORK"
DB_PASSWORD="cluster-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
METRICS_PASSWORD="metrics-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
ADMIN_EMAIL=admin@cluster.coopdec.fr ADMIN_PASSWORD="cluster-admin-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
PIDS=()
log() { echo "[cluster] $*"; }

# ---- what a fresh machine lacks -----------------------------------------------------------------
need=()
[ -x /usr/sbin/mariadbd ] || need+=(mariadb-server)
command -v mariadb-dump >/dev/null 2>&1 || need+=(mariadb-client)
command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ] || need+=(haproxy)
command -v curl >/dev/null 2>&1 || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then
    log "installing ${need[*]} (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq "${need[@]}" >"$WORK/apt.log" 2>&1 \
        || { tail -20 "$WORK/apt.log"; exit 1; }
fi
HAPROXY=$(command -v haproxy || echo /usr/sbin/haproxy)

stop_pid() { # $1 = pid, $2 = signal: waits until gone (30 s, then KILL)
    local pid=$1 sig=${2:-TERM}
    kill -0 "$pid" 2>/dev/null || return 0
    kill "-$sig" "$pid" 2>/dev/null || true
    for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
}
cleanup() {
    local status=$?
    log "stopping everything this script started"
    for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do stop_pid "${PIDS[$i]}" TERM; done
    log "logs and data kept in $WORK"
    exit "$status"
}
trap cleanup EXIT
trap "exit 130" INT TERM

# ---- build ----------------------------------------------------------------------------------------
if [ "${CLUSTER_SKIP_BUILD:-0}" != 1 ] || ! ls target/coopdec-*.jar >/dev/null 2>&1; then
    log "building the production jar (./mvnw -Pproduction -DskipTests package)"
    ./mvnw -B -ntp -q -Pproduction -DskipTests package >"$WORK/build.log" 2>&1 || { tail -30 "$WORK/build.log"; exit 1; }
fi
JAR=$(ls target/coopdec-*.jar | grep -v -e '\.original$' -e '-plain\.jar$' | head -n 1)
cp "$JAR" "$WORK/coopdec.jar"
log "building the benchmark classes"
./mvnw -B -ntp -q -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile="$WORK/test-classpath.txt" -Dmdep.includeScope=test >"$WORK/bench-build.log" 2>&1 \
    || { tail -30 "$WORK/bench-build.log"; exit 1; }
mkdir -p "$WORK/bench-classes" && cp -r target/classes target/test-classes "$WORK/bench-classes/"

# ---- MariaDB primary + replica --------------------------------------------------------------------
RUN_AS=()
if [ "$(id -u)" = 0 ]; then RUN_AS=(--user=mysql); chmod 755 "$WORK"; fi
start_db() { # $1 = name, $2 = port, $3 = server id, rest = extra options
    local name=$1 port=$2 id=$3 dir="$WORK/$1"
    shift 3
    mkdir -p "$dir/data" "$dir/tmp"
    [ "$(id -u)" = 0 ] && chown -R mysql:mysql "$dir"
    mariadb-install-db --no-defaults "${RUN_AS[@]}" --datadir="$dir/data" --auth-root-authentication-method=normal \
        --skip-test-db >"$dir/install.log" 2>&1 || { tail -20 "$dir/install.log"; exit 1; }
    /usr/sbin/mariadbd --no-defaults "${RUN_AS[@]}" --datadir="$dir/data" --tmpdir="$dir/tmp" \
        --socket="$dir/mysqld.sock" --pid-file="$dir/mysqld.pid" --port="$port" --bind-address=127.0.0.1 \
        --skip-name-resolve --server-id="$id" --log-bin="$dir/data/binlog" --binlog-format=ROW \
        --gtid-strict-mode=1 --log-slave-updates=1 --log-bin-trust-function-creators=1 \
        --character-set-server=utf8mb4 \
        --collation-server=utf8mb4_unicode_ci --innodb-buffer-pool-size=256M --max-connections=300 \
        --log-error="$dir/error.log" "$@" &
    PIDS+=($!)
    for _ in $(seq 1 300); do
        mariadb-admin --socket="$dir/mysqld.sock" -uroot ping >/dev/null 2>&1 && return 0
        kill -0 "${PIDS[-1]}" 2>/dev/null || { tail -20 "$dir/error.log"; exit 1; }
        sleep 0.1
    done
    log "MariaDB $name did not answer"; exit 1
}
sql() { local name=$1; shift; mariadb --socket="$WORK/$name/mysqld.sock" -uroot "$@"; }

log "starting MariaDB primary (:$PRIMARY_PORT) and replica (:$REPLICA_PORT)"
start_db primary $PRIMARY_PORT 1
start_db replica $REPLICA_PORT 2 --read-only=1
sql primary <<SQL
CREATE USER 'repl'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
GRANT REPLICATION SLAVE ON *.* TO 'repl'@'127.0.0.1';
CREATE DATABASE coopdec CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'coopdec'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL PRIVILEGES ON coopdec.* TO 'coopdec'@'127.0.0.1';
CREATE USER 'bench'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
GRANT SELECT, INSERT, UPDATE, REPLICATION CLIENT ON *.* TO 'bench'@'127.0.0.1';
SQL
sql replica <<SQL
CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=$PRIMARY_PORT, MASTER_USER='repl',
    MASTER_PASSWORD='$DB_PASSWORD', MASTER_USE_GTID=slave_pos;
START SLAVE;
SQL
for _ in $(seq 1 100); do
    running=$(sql replica -e "SHOW SLAVE STATUS\G" | awk '/Slave_(IO|SQL)_Running:/ { print $2 }' | sort -u | tr -d '\n')
    [ "$running" = Yes ] && break
    sleep 0.2
done
[ "$running" = Yes ] || { sql replica -e "SHOW SLAVE STATUS\G"; log "replication did not start"; exit 1; }
log "replication running (GTID, replica read only)"

# ---- two application servers ---------------------------------------------------------------------
# Every job fires every 15 s on both servers (instead of nightly), each firing taken by one server.
# The anonymous-registration limits (coopdec.abuse.*) are raised: the 500 registrations all come from
# this machine's one address, as in bench/assises.sh; bench/abuse.sh measures the limits themselves.
JOB_CRON='*/15 * * * * *'
JDBC="jdbc:mariadb:sequential://127.0.0.1:$PRIMARY_PORT,127.0.0.1:$REPLICA_PORT/coopdec"
start_app() { # $1 = name, $2 = port
    local name=$1 port=$2
    ( cd "$WORK" && exec env PORT="$port" SPRING_DATASOURCE_URL="$JDBC" SPRING_DATASOURCE_USERNAME=coopdec \
        SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD" COOPDEC_INSTANCE_ID="$name" \
        COOPDEC_ADMIN_EMAIL="$ADMIN_EMAIL" COOPDEC_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
        COOPDEC_METRICS_PASSWORD="$METRICS_PASSWORD" COOPDEC_BASE_URL="http://127.0.0.1:$LB_PORT" \
        java -Xmx512m -XX:+ExitOnOutOfMemoryError -jar coopdec.jar --server.address=127.0.0.1 \
        "--coopdec.bourse.expiration-cron=$JOB_CRON" "--coopdec.bourse.digest-cron=$JOB_CRON" \
        "--coopdec.jeunesse.anonymisation-cron=$JOB_CRON" --coopdec.scheduling.lock-at-least-for=PT10S \
        --coopdec.abuse.participants-par-adresse-et-evenement=1000000 \
        --coopdec.abuse.participants-par-evenement=1000000 --coopdec.abuse.demandes-par-adresse=1000000 \
        >"$WORK/$name.log" 2>&1 ) &
    PIDS+=($!)
    eval "${name^^}_PID=$!"
    for _ in $(seq 1 1800); do
        curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness" && return 0
        kill -0 "${PIDS[-1]}" 2>/dev/null || { tail -30 "$WORK/$name.log"; log "$name died"; exit 1; }
        sleep 0.2
    done
    log "$name not ready after 360 s"; exit 1
}
# One after the other: the first runs Liquibase and the reference-data import, as in a rolling start.
log "starting app1 (:$APP1_PORT), then app2 (:$APP2_PORT)"
t0=$SECONDS
start_app app1 $APP1_PORT
log "app1 ready after $((SECONDS - t0)) s"
t0=$SECONDS
start_app app2 $APP2_PORT
log "app2 ready after $((SECONDS - t0)) s"

# ---- HAProxy --------------------------------------------------------------------------------------
# As docker/haproxy/haproxy.cfg, plus a log line per request naming the server (read by the benchmark).
cat >"$WORK/haproxy.cfg" <<CFG
global
    log stdout format raw local0
    maxconn 4000
defaults
    mode http
    log global
    option redispatch
    retries 3
    timeout connect 2s
    timeout client 120s
    timeout server 120s
    timeout http-request 10s
    timeout tunnel 1h
    timeout check 5s
frontend coopdec
    bind 127.0.0.1:$LB_PORT
    http-request capture req.hdr(X-Bench-Id) len 16
    log-format "bench=%[capture.req.hdr(0)] server=%s status=%ST term=%tsc %HM %HU"
    default_backend app
backend app
    balance roundrobin
    option forwardfor
    cookie SERVERID insert indirect nocache httponly
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
    server app1 127.0.0.1:$APP1_PORT check cookie app1
    server app2 127.0.0.1:$APP2_PORT check cookie app2
CFG
"$HAPROXY" -c -f "$WORK/haproxy.cfg" >/dev/null
"$HAPROXY" -db -f "$WORK/haproxy.cfg" >"$WORK/haproxy.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 100); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$LB_PORT/actuator/health/readiness")" = 200 ] && break
    sleep 0.2
done
log "HAProxy on :$LB_PORT in front of app1 and app2"

# ---- the benchmark --------------------------------------------------------------------------------
set +e
env CLUSTER_LB_URL="http://127.0.0.1:$LB_PORT" CLUSTER_HAPROXY_LOG="$WORK/haproxy.log" \
    CLUSTER_PRIMARY_URL="jdbc:mariadb://127.0.0.1:$PRIMARY_PORT/coopdec" \
    CLUSTER_REPLICA_URL="jdbc:mariadb://127.0.0.1:$REPLICA_PORT/coopdec" \
    CLUSTER_DB_USER=bench CLUSTER_DB_PASSWORD="$DB_PASSWORD" \
    CLUSTER_APP1_PID="$APP1_PID" CLUSTER_APP2_PID="$APP2_PID" CLUSTER_APP2_URL="http://127.0.0.1:$APP2_PORT" \
    CLUSTER_METRICS_PASSWORD="$METRICS_PASSWORD" CLUSTER_ADMIN_EMAIL="$ADMIN_EMAIL" CLUSTER_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    java -Xmx512m -cp "$WORK/bench-classes/test-classes:$WORK/bench-classes/classes:$(cat "$WORK/test-classpath.txt")" \
    fr.coopdec.bench.ClusterBenchmark
bench_status=$?
set -e

# ---- replica = primary -----------------------------------------------------------------------------
. bench/lib/mariadb.sh
log "stopping app2 (SIGTERM: graceful shutdown), then comparing the replica with the primary"
stop_pid "$APP2_PID" TERM
sync_status=0
gtid=$(sql primary -N -B -e "SELECT @@gtid_binlog_pos")
if [ "$(sql replica -N -B -e "SELECT MASTER_GTID_WAIT('$gtid', 120)")" = 0 ]; then
    echo "  replica reached the primary's GTID position $gtid"
    table_figures coopdec --socket="$WORK/primary/mysqld.sock" -uroot >"$WORK/primary-figures"
    table_figures coopdec --socket="$WORK/replica/mysqld.sock" -uroot >"$WORK/replica-figures"
    compare_figures "$WORK/primary-figures" "$WORK/replica-figures" "primary" "replica" || sync_status=1
else
    echo "  the replica did not reach $gtid within 120 s"; sync_status=1
fi

# ---- backup of the replica and restore drill ------------------------------------------------------
log "backup of the replica and restore drill into a fresh database"
drill_status=0
DRILL_SOCKET="$WORK/replica/mysqld.sock" BACKUP_DIR="$WORK/backups" bash bench/restore-drill.sh coopdec || drill_status=$?

echo
if [ "$bench_status" = 0 ] && [ "$sync_status" = 0 ] && [ "$drill_status" = 0 ]; then
    log "RESULT: every check holds"
    exit 0
fi
log "RESULT: FAILED (benchmark exit $bench_status, replica comparison $sync_status, backup/restore drill exit $drill_status)"
exit 1
