package fr.coopdec.pact3.demo;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ids taken from a table's sequence as Hibernate's pooled optimizer does (increment 50): a NEXTVAL
 * returning V reserves V-49..V, so demo rows never collide with rows JPA inserts later; a fresh
 * sequence's first value (1) is skipped, as Hibernate treats it specially.
 */
final class Pact3DemoIds {

    private static final int INCREMENT = 50;

    private final JdbcTemplate jdbc;
    private final String sequence;
    private long next;
    private long hi = -1;

    Pact3DemoIds(JdbcTemplate jdbc, String sequence) {
        this.jdbc = jdbc;
        this.sequence = sequence;
    }

    long next() {
        while (hi < 0 || next > hi) {
            Long value = jdbc.queryForObject("SELECT NEXTVAL(" + sequence + ")", Long.class);
            if (value != null && value >= INCREMENT) {
                hi = value;
                next = value - INCREMENT + 1;
            }
        }
        return next++;
    }
}
