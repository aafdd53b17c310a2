package fr.coopdec.atlas;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Ages partnerships (nobody waits two years in a test) and gives them contacts, straight in SQL; then
 * freshens them again so that the freshness list does not grow with every test run.
 */
@Component
public class StaleData {

    private final JdbcTemplate jdbc;
    private final List<Long> aged = new ArrayList<>();

    StaleData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Last updated that many years ago (UTC, as Hibernate stores it), with those contact e-mails. */
    public void age(long id, int years, String staffEmail, String electedEmail) {
        jdbc.update(
                "UPDATE partenariat SET derniere_mise_a_jour = ?, technicien_email = ?, elu_email = ? WHERE id = ?",
                Timestamp.valueOf(LocalDateTime.now(java.time.ZoneOffset.UTC)
                        .minusYears(years)
                        .minusDays(1)),
                staffEmail,
                electedEmail,
                id);
        aged.add(id);
    }

    public int mailsTo(String recipient) {
        Integer count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM mail_sortant WHERE destinataire = ?", Integer.class, recipient);
        return count == null ? 0 : count;
    }

    public void freshenAll() {
        aged.forEach(
                id -> jdbc.update("UPDATE partenariat SET derniere_mise_a_jour = UTC_TIMESTAMP(6) WHERE id = ?", id));
        aged.clear();
    }
}
