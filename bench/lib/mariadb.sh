# Shared by bench/backup.sh, bench/restore-drill.sh and bench/cluster.sh (sourced, not run).

# The client options of a server: a socket (local, as root) or host/port/user/password.
#   $1 = prefix of the variables: BACKUP -> BACKUP_SOCKET or BACKUP_HOST, _PORT, _USER, _PASSWORD
mariadb_options() {
    local prefix=$1 socket host port user password
    socket=$(eval echo "\${${prefix}_SOCKET:-}")
    host=$(eval echo "\${${prefix}_HOST:-127.0.0.1}")
    port=$(eval echo "\${${prefix}_PORT:-3306}")
    user=$(eval echo "\${${prefix}_USER:-root}")
    password=$(eval echo "\${${prefix}_PASSWORD:-}")
    if [ -n "$socket" ]; then
        echo "--socket=$socket --user=$user${password:+ --password=$password}"
    else
        echo "--host=$host --port=$port --user=$user${password:+ --password=$password}"
    fi
}

# One line per table of database $1: "name rows checksum", or "name sequence next-value" for a
# sequence; sorted. The rest of the arguments are the client's options. The checksum is computed over
# the rows' values (XOR of a 64-bit MD5 prefix of each row's quoted columns), not by CHECKSUM TABLE:
# on a table with a stored generated column (assises_inscription.email_actif) MariaDB's CHECKSUM TABLE
# gives different results for identical rows (seen here: same table, same rows, another value after a
# restart, and after a dump and restore).
table_figures() {
    local db=$1 name type columns
    shift
    mariadb "$@" -N -B -e "SELECT table_name, table_type FROM information_schema.tables
                           WHERE table_schema = '$db' ORDER BY table_name" |
    while read -r name type; do
        if [ "$type" = SEQUENCE ]; then
            echo "$name sequence $(mariadb "$@" -N -B -e "SELECT next_not_cached_value FROM \`$db\`.\`$name\`")"
        else
            columns=$(mariadb "$@" -N -B -e "SET SESSION group_concat_max_len = 1000000;
                SELECT GROUP_CONCAT(CONCAT('QUOTE(\`', column_name, '\`)') ORDER BY ordinal_position SEPARATOR ',')
                FROM information_schema.columns WHERE table_schema = '$db' AND table_name = '$name'")
            echo "$name $(mariadb "$@" -N -B -e "SELECT COUNT(*), COALESCE(BIT_XOR(CAST(CONV(LEFT(MD5(CONCAT_WS('|', $columns)), 16), 16, 10) AS UNSIGNED)), 0) FROM \`$db\`.\`$name\`" | tr '\t' ' ')"
        fi
    done
}

# Compares two figure files ($1 expected, $2 actual; labels $3, $4); prints a summary, returns 1 on a difference.
compare_figures() {
    local expected=$1 actual=$2 tables rows
    tables=$(grep -vc ' sequence ' "$expected" || true)
    rows=$(awk '$2 != "sequence" { s += $2 } END { print s + 0 }' "$expected")
    if diff -u --label "$3" --label "$4" "$expected" "$actual"; then
        echo "  identical: $tables tables ($rows rows, every row's values equal) and $(grep -c ' sequence ' "$expected" || true) sequences"
        return 0
    fi
    echo "  DIFFERENT (see above)"
    return 1
}
