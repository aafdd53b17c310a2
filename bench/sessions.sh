#!/usr/bin/env bash
# Memory per Vaadin session (issue 17): builds the production jar, starts it on a dedicated database
# with the demo data, opens N real headless Chromium sessions (one browser, one browser context per
# session: own cookies, so own HTTP and Vaadin session) on each page in turn, keeps them open while
# it reads the live heap after a full GC, and prints the heap growth per session next to the heap
# with no session, plus the classes that grew most (SessionsBenchmark).
#
# Usage: bash bench/sessions.sh
#   BENCH_SESSIONS          sessions per page (default 50)
#   BENCH_PORT              HTTP port of the application (default 8085)
#   BENCH_DEVTOOLS_PORT     Chromium remote-debugging port (default BENCH_PORT + 1000)
#   COOPDEC_BENCH_DB_URL    JDBC URL (default: coopdec_bench_sessions on the machine's MariaDB)
#   COOPDEC_BENCH_DB_USERNAME / COOPDEC_BENCH_DB_PASSWORD   (default root, empty)
#   BENCH_SKIP_BUILD=1      reuse target/coopdec-*.jar (must be a -Pproduction build)
#   BENCH_XMX               heap of the application (default 1g)
# Needs: chromium (Debian package), a JDK (jcmd), the mariadb client (to find the Assises event).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${BENCH_SESSIONS:-50}
PORT=${BENCH_PORT:-8085}
DEVTOOLS=${BENCH_DEVTOOLS_PORT:-$((PORT + 1000))}
URL=${COOPDEC_BENCH_DB_URL:-jdbc:mariadb://127.0.0.1:3306/coopdec_bench_sessions?createDatabaseIfNotExist=true}
DB_USER=${COOPDEC_BENCH_DB_USERNAME:-root}
DB_PASSWORD=${COOPDEC_BENCH_DB_PASSWORD:-}
WORK=target/bench-sessions
mkdir -p "$WORK"
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    echo "Building the production jar..."
    ./mvnw -q -B -ntp -Pproduction -DskipTests package
fi
JAR=$(ls target/coopdec-*.jar | grep -v original | head -1)
cp "$JAR" "$WORK/app.jar"
javac -d "$WORK/classes" src/test/java/fr/coopdec/bench/SessionsBenchmark.java

APP_PID= ; BROWSER_PID=
cleanup() {
    [ -n "$BROWSER_PID" ] && kill "$BROWSER_PID" 2>/dev/null || true
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
    wait 2>/dev/null || true
}
trap cleanup EXIT

echo "Starting the application on port $PORT ($URL)..."
java -Xmx${BENCH_XMX:-1g} -XX:+UseG1GC -jar "$WORK/app.jar" --server.port="$PORT" --server.address=127.0.0.1 \
    --spring.datasource.url="$URL" --spring.datasource.username="$DB_USER" --spring.datasource.password="$DB_PASSWORD" \
    --coopdec.demo.enabled=true --spring.liquibase.contexts=main,demo --spring.main.banner-mode=off \
    > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break
    kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$WORK/app.log"; exit 1; }
    sleep 1
done
DB=$(sed -E 's#.*/([^/?]+)(\?.*)?$#\1#' <<<"$URL")
EVENT=$(mariadb -N -h127.0.0.1 -u"$DB_USER" ${DB_PASSWORD:+-p"$DB_PASSWORD"} "$DB" \
    -e "SELECT id FROM assises_evenement WHERE date_debut > CURDATE() ORDER BY date_debut LIMIT 1")

chromium --headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-extensions \
    --remote-debugging-port="$DEVTOOLS" --remote-allow-origins='*' --user-data-dir="$WORK/chromium" \
    --window-size=1366,900 about:blank > "$WORK/chromium.log" 2>&1 &
BROWSER_PID=$!
for _ in $(seq 1 60); do
    curl -fs "http://127.0.0.1:$DEVTOOLS/json/version" >/dev/null 2>&1 && break
    sleep 1
done

echo "$N sessions per page, application pid $APP_PID, Chromium $(chromium --version 2>/dev/null | head -1)"
java -cp "$WORK/classes" fr.coopdec.bench.SessionsBenchmark "$APP_PID" "http://127.0.0.1:$PORT/" "$DEVTOOLS" "$N" \
    "empty session (login page)|login|vaadin-login-form" \
    "Atlas search (/atlas)|atlas|vaadin-grid" \
    "Atlas map and charts (/atlas/carte)|atlas/carte|.atlas-charts h1" \
    "Assises registration form|assises/evenements/$EVENT/inscription|vaadin-checkbox-group"
echo
echo "Goals: /atlas <= 150 KB per session, map page <= 250 KB per session."
