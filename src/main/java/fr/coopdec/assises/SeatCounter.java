package fr.coopdec.assises;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The capacity guarantee. Seats are taken by a conditional UPDATE ({@code taken + n <= capacity}) whose
 * affected-row count says whether they were obtained: the database, not Java, decides, so two concurrent
 * requests can never both take the last seat (a batch of registrations counts its seats under the
 * event's lock and writes them in one such UPDATE: {@link BatchSeats}). Every transaction that changes an event's registrations
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
        return lockAndRead("SELECT id FROM assises_evenement WHERE id = ? FOR UPDATE", evenementId)
                .isPresent();
    }

    /** Runs {@code lockingQuery} (one row of the event, FOR UPDATE) and measures the lock's wait and hold. */
    private Optional<Long> lockAndRead(String lockingQuery, long evenementId) {
        long t0 = System.nanoTime();
        List<Long> row = jdbc.queryForList(lockingQuery, Long.class, evenementId);
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
        return row.stream().findFirst();
    }

    /**
     * An event's free seats for one batch of registrations, read once under the event's lock and taken
     * in memory; {@link #writeBatch} then raises the counter once, by a conditional UPDATE that the
     * database refuses if it would pass the capacity (it cannot while the lock is held: a refusal is a bug
     * and rolls the batch back). One round trip per batch instead of one per person, inside the lock.
     */
    static final class BatchSeats {
        private final long evenementId;
        private int free;
        private int taken;

        private BatchSeats(long evenementId, int free) {
            this.evenementId = evenementId;
            this.free = free;
        }

        boolean take() {
            if (free <= 0) {
                return false;
            }
            free--;
            taken++;
            return true;
        }
    }

    /** {@link #lockEvent} and the event's free seats at that moment; empty if there is no such event. */
    Optional<BatchSeats> lockEventForBatch(long evenementId) {
        return lockAndRead(
                        "SELECT GREATEST(capacite - places_prises, 0) FROM assises_evenement WHERE id = ? FOR UPDATE",
                        evenementId)
                .map(free -> new BatchSeats(evenementId, free.intValue()));
    }

    void writeBatch(BatchSeats seats) {
        if (seats.taken == 0) {
            return;
        }
        int updated = jdbc.update(
                "UPDATE assises_evenement SET places_prises = places_prises + ?"
                        + " WHERE id = ? AND places_prises + ? <= capacite",
                seats.taken,
                seats.evenementId,
                seats.taken);
        if (updated != 1) {
            throw new IllegalStateException("Seat counter of event " + seats.evenementId + " changed under its lock");
        }
        seats.taken = 0;
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
