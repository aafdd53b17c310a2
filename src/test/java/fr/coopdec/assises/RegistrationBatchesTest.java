package fr.coopdec.assises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.coopdec.shared.BusinessException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Group commit: who waits is registered together, each caller gets their own answer, a refusal costs no one else. */
class RegistrationBatchesTest {

    private final List<List<String>> transactions = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch firstMayFinish = new CountDownLatch(1);
    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() {
        firstMayFinish.countDown();
        pool.shutdownNow();
    }

    /** Registers a batch: each person gets a line named after their e-mail; "refus@…" is refused, which undoes the batch. */
    private List<ResultatInscription> register(long eventId, List<RegistrationBatches.Request> batch) {
        List<String> emails = batch.stream().map(r -> r.emails().get(0)).toList();
        transactions.add(emails);
        if (transactions.size() == 1) {
            await(firstMayFinish);
        }
        if (emails.contains("refus@exemple.fr")) {
            throw new BusinessException("assises.erreur.session-complete");
        }
        return emails.stream()
                .map(e -> new ResultatInscription(List.of(
                        new ResultatInscription.Ligne(1L, null, e, StatutInscription.CONFIRMEE, List.of(), false))))
                .toList();
    }

    @Test
    void requests_that_arrive_during_a_transaction_are_registered_together_in_order_each_with_its_own_result()
            throws Exception {
        RegistrationBatches batches = new RegistrationBatches(this::register);
        Future<ResultatInscription> first = pool.submit(() -> batches.submit(1, request("a@exemple.fr")));
        awaitTransactions(1);
        List<Future<ResultatInscription>> others = new ArrayList<>();
        for (String e : List.of("b@exemple.fr", "c@exemple.fr", "d@exemple.fr", "e@exemple.fr")) {
            others.add(pool.submit(() -> batches.submit(1, request(e))));
            awaitWaiting(others.size());
        }
        firstMayFinish.countDown();

        assertThat(name(first.get(10, TimeUnit.SECONDS))).isEqualTo("a@exemple.fr");
        for (int i = 0; i < others.size(); i++) {
            assertThat(name(others.get(i).get(10, TimeUnit.SECONDS))).isEqualTo((char) ('b' + i) + "@exemple.fr");
        }
        assertThat(transactions)
                .containsExactly(
                        List.of("a@exemple.fr"),
                        List.of("b@exemple.fr", "c@exemple.fr", "d@exemple.fr", "e@exemple.fr"));
    }

    @Test
    void a_refused_request_in_a_batch_is_refused_alone_and_the_others_are_registered() throws Exception {
        RegistrationBatches batches = new RegistrationBatches(this::register);
        Future<ResultatInscription> first = pool.submit(() -> batches.submit(1, request("a@exemple.fr")));
        awaitTransactions(1);
        List<Future<ResultatInscription>> others = new ArrayList<>();
        for (String e : List.of("b@exemple.fr", "refus@exemple.fr", "d@exemple.fr")) {
            others.add(pool.submit(() -> batches.submit(1, request(e))));
            awaitWaiting(others.size());
        }
        firstMayFinish.countDown();

        first.get(10, TimeUnit.SECONDS);
        assertThat(name(others.get(0).get(10, TimeUnit.SECONDS))).isEqualTo("b@exemple.fr");
        assertThatThrownBy(() -> others.get(1).get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(BusinessException.class);
        assertThat(name(others.get(2).get(10, TimeUnit.SECONDS))).isEqualTo("d@exemple.fr");
        assertThat(transactions)
                .containsExactly(
                        List.of("a@exemple.fr"),
                        List.of("b@exemple.fr", "refus@exemple.fr", "d@exemple.fr"),
                        List.of("b@exemple.fr"),
                        List.of("refus@exemple.fr"),
                        List.of("d@exemple.fr"));
    }

    @Test
    void events_do_not_wait_for_each_other() throws Exception {
        RegistrationBatches batches = new RegistrationBatches(this::register);
        pool.submit(() -> batches.submit(1, request("a@exemple.fr")));
        awaitTransactions(1);
        ResultatInscription other =
                pool.submit(() -> batches.submit(2, request("z@exemple.fr"))).get(10, TimeUnit.SECONDS);
        assertThat(name(other)).isEqualTo("z@exemple.fr");
    }

    private static RegistrationBatches.Request request(String email) {
        return new RegistrationBatches.Request(null, List.of(email), null);
    }

    private static String name(ResultatInscription r) {
        return r.lignes().get(0).nomComplet();
    }

    private void awaitTransactions(int n) throws InterruptedException {
        for (int i = 0; i < 1000 && transactions.size() < n; i++) {
            Thread.sleep(10);
        }
        assertThat(transactions).hasSize(n);
    }

    /** Until {@code n} callers wait for their turn (parked in {@link RegistrationBatches}). */
    private void awaitWaiting(int n) throws InterruptedException {
        for (int i = 0; i < 1000; i++) {
            long parked = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().startsWith("pool-")
                            && (t.getState() == Thread.State.WAITING || t.getState() == Thread.State.TIMED_WAITING))
                    .filter(t -> List.of(t.getStackTrace()).stream()
                            .anyMatch(f -> f.getClassName().equals(RegistrationBatches.class.getName())))
                    .count();
            if (parked >= n) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError(n + " callers never waited");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
