package fr.coopdec.assises;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The capacity guarantee. A seat is taken by a conditional UPDATE ({@code taken < capacity}) whose
 * affected-row count says whether it was obtained: the database, not Java, decides, so two concurrent
 * requests can never both take the last seat. Every transaction that changes an event's registrations
 * first locks the event row ({@code FOR UPDATE}); they are serialised per event, in one lock order
 * (event, then sessions by id), which also keeps the waitlist order and avoids deadlocks.
 */
@Component
class SeatCounter {

    private final JdbcTemplate jdbc;

    SeatCounter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void lockEvent(long evenementId) {
        jdbc.queryForList("SELECT id FROM assises_evenement WHERE id = ? FOR UPDATE", Long.class, evenementId);
    }

    boolean takeEventSeat(long evenementId) {
        return jdbc.update("UPDATE assises_evenement SET places_prises = places_prises + 1"
                + " WHERE id = ? AND places_prises < capacite", evenementId) == 1;
    }

    void releaseEventSeat(long evenementId) {
        jdbc.update("UPDATE assises_evenement SET places_prises = places_prises - 1 WHERE id = ? AND places_prises > 0",
                evenementId);
    }

    boolean takeSessionSeat(long sessionId) {
        return jdbc.update("UPDATE assises_session SET places_prises = places_prises + 1"
                + " WHERE id = ? AND places_prises < capacite", sessionId) == 1;
    }

    void releaseSessionSeat(long sessionId) {
        jdbc.update("UPDATE assises_session SET places_prises = places_prises - 1 WHERE id = ? AND places_prises > 0",
                sessionId);
    }

    int eventSeatsTaken(long evenementId) {
        Integer taken = jdbc.queryForObject("SELECT places_prises FROM assises_evenement WHERE id = ?", Integer.class,
                evenementId);
        return taken == null ? 0 : taken;
    }
}
