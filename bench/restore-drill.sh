#!/usr/bin/env bash
# Restore drill: restores a backup into a fresh database and compares it with the source, table by
# table: row count and a checksum of the rows' values (sequences: their next value). Exits 1 on any difference.
#
# Usage: bash bench/restore-drill.sh [database] [dump.sql.gz]      (default coopdec; no dump: take one now)
#   DRILL_SOCKET, or DRILL_HOST / DRILL_PORT / DRILL_USER / DRILL_PASSWORD: the source server (root
#   rights: creates and drops coopdec_drill_*; the restore is kept out of the binary log)
#   DRILL_KEEP=1 keeps the restored database.
# Without a dump file it takes one with bench/backup.sh; on a replica it first pauses the replication
# (SQL thread) so that the source stays as dumped while it is compared, then resumes it. With a dump
# file, the source must not have changed since that dump (a quiet server).
set -euo pipefail
HERE=$(dirname "$0")
. "$HERE/lib/mariadb.sh"
DB=${1:-coopdec}
DUMP=${2:-}
read -r -a CLIENT <<<"$(mariadb_options DRILL)"
WORK=$(mktemp -d)
FRESH="${DB}_drill_$(date -u +%Y%m%d%H%M%S)"
paused=0
finish() {
    [ "$paused" = 1 ] && mariadb "${CLIENT[@]}" -e "START SLAVE SQL_THREAD" && echo "  replication resumed"
    [ "${DRILL_KEEP:-0}" = 1 ] || mariadb "${CLIENT[@]}" -e "SET SESSION sql_log_bin = 0; DROP DATABASE IF EXISTS \`$FRESH\`" || true
    rm -rf "$WORK"
}
trap finish EXIT

echo "Restore drill of $DB"
if [ -z "$DUMP" ]; then
    if [ -n "$(mariadb "${CLIENT[@]}" -N -B -e 'SHOW SLAVE STATUS')" ]; then
        mariadb "${CLIENT[@]}" -e "STOP SLAVE SQL_THREAD"
        paused=1
        echo "  replica: replication paused for the drill"
    fi
    DUMP=$(BACKUP_SOCKET=${DRILL_SOCKET:-} BACKUP_HOST=${DRILL_HOST:-} BACKUP_PORT=${DRILL_PORT:-} BACKUP_USER=${DRILL_USER:-} \
        BACKUP_PASSWORD=${DRILL_PASSWORD:-} BACKUP_DIR=${BACKUP_DIR:-./backups} bash "$HERE/backup.sh" "$DB")
fi
[ -f "$DUMP.sha256" ] && (cd "$(dirname "$DUMP")" && sha256sum -c --quiet "$(basename "$DUMP").sha256") && echo "  dump checksum verified"
table_figures "$DB" "${CLIENT[@]}" >"$WORK/source"

t0=$(date +%s.%N)
mariadb "${CLIENT[@]}" -e "SET SESSION sql_log_bin = 0; CREATE DATABASE \`$FRESH\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
{ echo "SET SESSION sql_log_bin = 0;"; gunzip -c "$DUMP"; } | mariadb "${CLIENT[@]}" "$FRESH"
echo "  restored $(basename "$DUMP") into the fresh database $FRESH in $(awk -v a="$(date +%s.%N)" -v b="$t0" 'BEGIN { printf "%.1f", a - b }') s"
table_figures "$FRESH" "${CLIENT[@]}" >"$WORK/restored"
compare_figures "$WORK/source" "$WORK/restored" "$DB (source)" "$FRESH (restored)"
