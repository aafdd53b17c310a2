package fr.coopdec.assises;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The capacity guarantee. A seat is taken by a conditional UPDATE ({@code taken < capacity}) whose
 * affected-row count says whether it was obtained: the database, not Java, decides, so two concurrent
 * requests can never both take the last seat. Every transaction that changes an event's registrations
 * first locks the event row ({@code FOR UPDATE}); they are serialised per event, in one lock order
 * (event, then sessions by id), which also keeps the waitlist order and avoids deadlocks. How long
 * the lock is waited for and held (until commit) is measured: {@code coopdec.assises.verrou.*} metrics.
 */
@Component
class SeatCounter {

    private final JdbcTemplate jdbc;
    private final Timer wait;
    private final Timer held;
    private final DistributionSummary batches;

    SeatCounter(JdbcTemplate jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.wait = Timer.builder("coopdec.assises.verrou.attente")
                .description("Time waiting for an event's lock")
                .publishPercentiles(0.5, 0.99)
                .register(meters);
        this.held = Timer.builder("coopdec.assises.verrou.tenu")
                .description("Time an event's lock is held (until commit)")
                .publishPercentiles(0.5, 0.99)
                .register(meters);
        this.batches = DistributionSummary.builder("coopdec.assises.lot")
                .description("Registration requests written under one lock of the event (group commit)")
                .publishPercentiles(0.5, 0.99)
                .register(meters);
    }

    void recordBatch(int requests) {
        batches.record(requests);
    }

    /**
     * Locks the event row until the transaction ends; false if there is no such event. Call it first in
     * the transaction: what is read after it is read under the lock (see {@code InscriptionService}).
     */
    boolean lockEvent(long evenementId) {
        long t0 = System.nanoTime();
        boolean found = !jdbc.queryForList(
                        "SELECT id FROM assises_evenement WHERE id = ? FOR UPDATE", Long.class, evenementId)
                .isEmpty();
        long locked = System.nanoTime();
        wait.record(locked - t0, TimeUnit.NANOSECONDS);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    held.record(System.nanoTime() - locked, TimeUnit.NANOSECONDS);
                }
            });
        }
        return found;
    }

    boolean takeEventSeat(long evenementId) {
        return jdbc.update(
                        "UPDATE assises_evenement SET places_prises = places_prises + 1"
                                + " WHERE id = ? AND places_prises < capacite",
                        evenementId)
                == 1;
    }

    void releaseEventSeat(long evenementId) {
        jdbc.update(
                "UPDATE assises_evenement SET places_prises = places_prises - 1 WHERE id = ? AND places_prises > 0",
                evenementId);
    }

    boolean takeSessionSeat(long sessionId) {
        return jdbc.update(
                        "UPDATE assises_session SET places_prises = places_prises + 1"
                                + " WHERE id = ? AND places_prises < capacite",
                        sessionId)
                == 1;
    }

    void releaseSessionSeat(long sessionId) {
        jdbc.update(
                "UPDATE assises_session SET places_prises = places_prises - 1 WHERE id = ? AND places_prises > 0",
                sessionId);
    }

    int eventSeatsTaken(long evenementId) {
        Integer taken = jdbc.queryForObject(
                "SELECT places_prises FROM assises_evenement WHERE id = ?", Integer.class, evenementId);
        return taken == null ? 0 : taken;
    }
}
