package fr.coopdec.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the registration benchmarks share: an event of N seats, and one person's API registration. */
final class BenchEvents {

    private BenchEvents() {}

    /** A new public event of that many seats, starting on that day; returns its id. */
    static long create(JdbcTemplate jdbc, int seats, LocalDate day) {
        long evenement = jdbc.queryForObject("SELECT NEXTVAL(assises_evenement_seq)", Long.class);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "INSERT INTO assises_evenement (id, version, created_at, updated_at, titre, lieu, date_debut, date_fin,"
                        + " capacite, places_prises, approbation_requise) VALUES (?, 0, ?, ?, ?, 'Cotonou', ?, ?, ?, 0, FALSE)",
                evenement,
                now,
                now,
                "Benchmark " + now,
                day,
                day,
                seats);
        return evenement;
    }

    /** The JSON body of participant n's registration (waitlist accepted). */
    static String registration(int n) {
        return "{\"participants\":[{\"prenom\":\"Participant\",\"nom\":\"Numero " + n + "\",\"email\":\"" + email(n)
                + "\",\"organisation\":\"Commune de Cotonou\",\"categorie\":\"COLLECTIVITE_PARTENAIRE\"}],"
                + "\"accepteAttente\":true,\"langue\":\"fr\"}";
    }

    static String email(int n) {
        return "bench" + n + "@exemple.bj";
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
