package fr.coopdec.jeunesse.demo;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ids taken from a table's sequence the way Hibernate's pooled optimizer does (increment 50): a NEXTVAL
 * returning V reserves V-49..V, so rows inserted here never collide with those JPA inserts later.
 */
final class DemoSequence {

    private static final int INCREMENT = 50;

    private DemoSequence() {
    }

    static long[] take(JdbcTemplate jdbc, String sequence, int count) {
        long[] ids = new long[count];
        int filled = 0;
        while (filled < count) {
            int blocks = (count - filled + INCREMENT - 1) / INCREMENT;
            List<Long> values = jdbc.queryForList("SELECT NEXTVAL(" + sequence + ") FROM seq_1_to_" + blocks, Long.class);
            for (long hi : values) {
                if (hi < INCREMENT) {
                    continue; // a fresh sequence's first value, which Hibernate treats specially
                }
                for (long id = hi - INCREMENT + 1; id <= hi && filled < count; id++) {
                    ids[filled++] = id;
                }
            }
        }
        return ids;
    }
}
