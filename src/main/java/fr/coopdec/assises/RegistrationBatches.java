package fr.coopdec.assises;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;

/**
 * Group commit of an event's registrations. Registrations of one event are serialised by the lock of
 * its row, so their throughput is bounded by how long one transaction holds it, and most of that is
 * the transaction's fixed cost (lock, reads of the event, commit). Requests that arrive while a
 * transaction of the same event runs wait in a queue; the next thread to get this server's turn for
 * that event registers every waiting request, in order of arrival, in one transaction (at most
 * {@link #MAX_PEOPLE} people), and hands each caller its own result. Under no load a batch is one
 * request, as before.
 * <p>A request refused inside the lock (event closed or full without waitlist, unknown session) would
 * roll back the whole batch: then every request of that batch runs again alone, so one refusal never
 * costs another person their seat. Other servers are still serialised by the database lock.
 */
final class RegistrationBatches {

    /** People registered in one transaction at most: keeps one transaction, and its lock, short. */
    static final int MAX_PEOPLE = 50;

    /** {@code adresseClient}: the anonymous client's address to note with the registrations, or null. */
    record Request(DemandeInscription demande, List<String> emails, String adresseClient) {}

    /** A waiting thread looks again after this long even if nobody woke it (a safety net, not the rule). */
    private static final long RECHECK_NANOS = 20_000_000L;

    private static final class Pending {
        final Request request;
        final Thread owner = Thread.currentThread();
        ResultatInscription result;
        RuntimeException error;
        volatile boolean done;

        Pending(Request request) {
            this.request = request;
        }

        void succeed(ResultatInscription r) {
            result = r;
            done = true;
            LockSupport.unpark(owner);
        }

        void fail(RuntimeException e) {
            error = e;
            done = true;
            LockSupport.unpark(owner);
        }
    }

    private static final class EventQueue {
        final ReentrantLock turn = new ReentrantLock();
        final Queue<Pending> waiting = new ConcurrentLinkedQueue<>();
    }

    private final Map<Long, EventQueue> queues = new ConcurrentHashMap<>();
    private final BiFunction<Long, List<Request>, List<ResultatInscription>> register;

    /** {@code register}: registers a batch of one event in one transaction, one result per request, in order. */
    RegistrationBatches(BiFunction<Long, List<Request>, List<ResultatInscription>> register) {
        this.register = register;
    }

    /**
     * Registers this request, in a batch with whatever else is waiting for the same event; its result or its
     * error. The thread that gets the event's turn registers the whole queue; the others sleep until their
     * result is there (they do not take the turn just to learn that they are done, which would make every
     * finished request a hand-over of the turn), and the first one still waiting is woken to lead next.
     */
    ResultatInscription submit(long eventId, Request request) {
        Pending mine = new Pending(request);
        EventQueue queue = queues.computeIfAbsent(eventId, id -> new EventQueue());
        queue.waiting.add(mine);
        boolean interrupted = false;
        while (!mine.done) {
            if (queue.turn.tryLock()) {
                try {
                    while (!mine.done) {
                        runBatch(eventId, takeBatch(queue));
                    }
                } finally {
                    queue.turn.unlock();
                }
                Pending next = queue.waiting.peek();
                if (next != null) {
                    LockSupport.unpark(next.owner);
                }
            } else {
                LockSupport.parkNanos(this, RECHECK_NANOS);
                interrupted |= Thread.interrupted();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (mine.error != null) {
            throw mine.error;
        }
        return mine.result;
    }

    private static List<Pending> takeBatch(EventQueue queue) {
        List<Pending> batch = new ArrayList<>();
        int people = 0;
        Pending next;
        while ((next = queue.waiting.peek()) != null
                && (batch.isEmpty() || people + next.request.emails().size() <= MAX_PEOPLE)) {
            batch.add(queue.waiting.poll());
            people += next.request.emails().size();
        }
        return batch;
    }

    private void runBatch(long eventId, List<Pending> batch) {
        if (batch.size() > 1) {
            try {
                List<ResultatInscription> results = register.apply(
                        eventId, batch.stream().map(p -> p.request).toList());
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).succeed(results.get(i));
                }
                return;
            } catch (RuntimeException refusedOrFailed) {
                // one of them was refused: nothing of the batch was saved; each runs alone below
            }
        }
        for (Pending p : batch) {
            try {
                p.succeed(register.apply(eventId, List.of(p.request)).get(0));
            } catch (RuntimeException e) {
                p.fail(e);
            }
        }
    }
}
