package fr.coopdec.shared.db;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Takes ids from the tables' sequences exactly as Hibernate's pooled optimizer does (increment 50):
 * a NEXTVAL that returns V reserves V-49..V, so rows inserted here never collide with the ones JPA
 * inserts later. A fresh sequence first returns 1, which Hibernate treats specially: we skip it.
 * For the demo data generators, which write by plain JDBC batches.
 */
public final class SequenceIds {

    public static final int INCREMENT = 50;

    private final JdbcTemplate jdbc;
    private final String sequence;
    private long[] block = new long[0];
    private int used;

    /** A pool of ids of one sequence, refilled {@code 20 * INCREMENT} ids at a time. */
    public SequenceIds(JdbcTemplate jdbc, String sequence) {
        this.jdbc = jdbc;
        this.sequence = sequence;
    }

    public long next() {
        if (used == block.length) {
            block = take(jdbc, sequence, 20 * INCREMENT);
            used = 0;
        }
        return block[used++];
    }

    /** {@code count} new ids of {@code sequence}, in increasing order. */
    public static long[] take(JdbcTemplate jdbc, String sequence, int count) {
        long[] ids = new long[count];
        int filled = 0;
        while (filled < count) {
            int blocks = (count - filled + INCREMENT - 1) / INCREMENT;
            // One round trip for all blocks: the Sequence engine's seq_1_to_N table yields N rows.
            List<Long> values =
                    jdbc.queryForList("SELECT NEXTVAL(" + sequence + ") FROM seq_1_to_" + blocks, Long.class);
            for (long hi : values) {
                if (hi < INCREMENT) {
                    continue;
                }
                for (long id = hi - INCREMENT + 1; id <= hi && filled < count; id++) {
                    ids[filled++] = id;
                }
            }
        }
        return ids;
    }
}
