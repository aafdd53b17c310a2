package fr.coopdec.assises;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where anonymous registrations came from: the client address is noted with each registration
 * (by {@link InscriptionService}, in the registration's transaction), the
 * organiser sees the last day's registrations grouped by address, and can cancel all of an address's
 * recent ones at once (a flood), the seats going to the waitlist as for any cancellation.
 */
@Service
public class OrigineService {

    /** How far back the organiser's view and the purge look. */
    public static final Duration FENETRE = Duration.ofHours(24);

    /** One address's recent registrations to an event. */
    public record Flot(String adresse, int inscriptions, int actives, Instant premiere, Instant derniere) {}

    private final JdbcTemplate jdbc;
    private final AssisesScope scope;
    private final SeatCounter seats;
    private final InscriptionRepository inscriptions;
    private final InscriptionService inscriptionService;
    private final Clock clock;

    OrigineService(
            JdbcTemplate jdbc,
            AssisesScope scope,
            SeatCounter seats,
            InscriptionRepository inscriptions,
            InscriptionService inscriptionService,
            Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.seats = seats;
        this.inscriptions = inscriptions;
        this.inscriptionService = inscriptionService;
        this.clock = clock;
    }

    /** The last {@link #FENETRE}'s registrations to the event, by address, the largest first. */
    @Transactional(readOnly = true)
    public List<Flot> recents(long evenementId) {
        scope.exigerGestion(evenementId);
        return jdbc.query(
                """
                SELECT o.adresse_client, COUNT(*), SUM(CASE WHEN i.statut IN ('ANNULEE', 'REFUSEE') THEN 0 ELSE 1 END),
                       MIN(o.cree_le), MAX(o.cree_le)
                FROM assises_inscription_origine o JOIN assises_inscription i ON i.id = o.inscription_id
                WHERE i.evenement_id = ? AND o.cree_le >= ?
                GROUP BY o.adresse_client ORDER BY COUNT(*) DESC, MAX(o.cree_le) DESC
                """,
                (rs, n) -> new Flot(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5).toInstant()),
                evenementId,
                Timestamp.from(clock.instant().minus(FENETRE)));
    }

    /**
     * Cancels every registration the address made to the event in the last {@link #FENETRE} that
     * still holds or waits for a seat; freed seats go to the waitlist. Returns how many were cancelled.
     */
    @Transactional
    public int purger(long evenementId, String adresse) {
        scope.exigerGestion(evenementId);
        seats.lockEvent(evenementId);
        List<Long> ids = jdbc.queryForList(
                """
                SELECT i.id FROM assises_inscription_origine o JOIN assises_inscription i ON i.id = o.inscription_id
                WHERE i.evenement_id = ? AND o.adresse_client = ? AND o.cree_le >= ?
                  AND i.statut NOT IN ('ANNULEE', 'REFUSEE')
                ORDER BY i.id DESC
                """,
                Long.class,
                evenementId,
                adresse,
                Timestamp.from(clock.instant().minus(FENETRE)));
        // Latest first: the flood's own waitlisted entries are cancelled before its seats are freed,
        // so the freed seats go to other people waiting.
        for (Long id : ids) {
            inscriptions.findById(id).ifPresent(i -> inscriptionService.liberer(i, StatutInscription.ANNULEE));
        }
        return ids.size();
    }
}
