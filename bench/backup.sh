#!/usr/bin/env bash
# Backup of the CoopDec database: a consistent logical dump (mariadb-dump --single-transaction: one
# InnoDB snapshot, no lock held on the application's tables), gzip-compressed, with its SHA-256, and the
# binary-log GTID position when the server writes binary logs (the starting point of a point-in-time
# recovery). Run it on the replica when there is one. Keeps BACKUP_KEEP_DAYS days of dumps.
#
# Usage: bash bench/backup.sh [database]        (default coopdec)
#   BACKUP_DIR (./backups), BACKUP_KEEP_DAYS (14),
#   BACKUP_SOCKET, or BACKUP_HOST / BACKUP_PORT / BACKUP_USER / BACKUP_PASSWORD (127.0.0.1, 3306, root, empty)
# Prints the dump's path on standard output (the figures on standard error). Schedule it with cron, e.g. `15 2 * * * bash /opt/coopdec/bench/backup.sh`.
set -euo pipefail
. "$(dirname "$0")/lib/mariadb.sh"
DB=${1:-coopdec}
DIR=${BACKUP_DIR:-./backups}
mkdir -p "$DIR"
read -r -a CLIENT <<<"$(mariadb_options BACKUP)"
OUT="$DIR/$DB-$(date -u +%Y%m%dT%H%M%SZ).sql.gz"
OPTIONS=(--single-transaction --quick --routines --triggers --events --hex-blob --default-character-set=utf8mb4)
if [ "$(mariadb "${CLIENT[@]}" -N -B -e 'SELECT @@log_bin')" = 1 ]; then
    OPTIONS+=(--master-data=2 --gtid) # the GTID position, as a comment at the top of the dump
fi
t0=$(date +%s.%N)
mariadb-dump "${CLIENT[@]}" "${OPTIONS[@]}" "$DB" | gzip -6 >"$OUT.part"
mv "$OUT.part" "$OUT"
(cd "$DIR" && sha256sum "$(basename "$OUT")" >"$(basename "$OUT").sha256")
find "$DIR" -name "$DB-*.sql.gz*" -mtime +"${BACKUP_KEEP_DAYS:-14}" -delete
echo "backup of $DB: $(du -h "$OUT" | cut -f1) in $(awk -v a="$(date +%s.%N)" -v b="$t0" 'BEGIN { printf "%.1f", a - b }') s" >&2
echo "$OUT"
