package fr.coopdec.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Fires the registrations through the load balancer, without cookies (so each is balanced), and kills
 * app1 (SIGKILL, by process id) once {@code killAfter} answers have come back. Each request carries its
 * number in {@code X-Bench-Id}, which HAProxy writes in its log with the server that had it.
 */
final class ClusterLoad {

    private static final Pattern SERVER = Pattern.compile("SERVERID=([^;]+)");

    private final URI uri;
    private final int requests;
    private final int clients;
    private final int killAfter;
    private final long app1;

    ClusterLoad(URI lb, long event, int requests, int clients, int killAfter, long app1) {
        this.uri = lb.resolve("/api/v1/evenements/" + event + "/inscriptions");
        this.requests = requests;
        this.clients = clients;
        this.killAfter = killAfter;
        this.app1 = app1;
    }

    /** {@code started}/{@code ended}: System.nanoTime() around the call; {@code detail}: the I/O error's message. */
    record Outcome(
            int n,
            int status,
            String statut,
            String server,
            String failure,
            String detail,
            long started,
            long ended,
            int attempts) {}

    /** {@code killedAt}: System.nanoTime() when app1 was killed (Long.MAX_VALUE if it was not). */
    record Result(List<Outcome> outcomes, int clients, int killedAfter, double seconds, long killedAt) {

        /**
         * Failures with no HTTP answer at all that were under way when app1 was killed (sent before, ended
         * after): HAProxy closes such a client connection without a log line when app1's connection dies.
         */
        /** Answered on the second attempt after an I/O error without an answer; 200 = it had been saved the first time. */
        List<Outcome> retried() {
            return outcomes.stream()
                    .filter(o -> o.attempts > 1 && o.statut != null)
                    .toList();
        }

        List<Outcome> unansweredAcrossTheKill() {
            return outcomes.stream()
                    .filter(o -> o.statut == null && o.status == 0 && o.started < killedAt && o.ended >= killedAt)
                    .toList();
        }

        int count(String statut) {
            return (int) outcomes.stream().filter(o -> statut.equals(o.statut)).count();
        }

        List<Integer> failed() {
            return outcomes.stream()
                    .filter(o -> o.statut == null)
                    .map(Outcome::n)
                    .toList();
        }

        List<Integer> succeeded() {
            return outcomes.stream()
                    .filter(o -> o.statut != null)
                    .map(Outcome::n)
                    .toList();
        }

        Map<String, Long> byServer() {
            return outcomes.stream()
                    .filter(o -> o.statut != null)
                    .collect(Collectors.groupingBy(Outcome::server, TreeMap::new, Collectors.counting()));
        }

        Map<String, Long> failureKinds() {
            return outcomes.stream()
                    .filter(o -> o.statut == null)
                    .collect(Collectors.groupingBy(Outcome::failure, TreeMap::new, Collectors.counting()));
        }
    }

    Result run() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(4))
                .build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger answers = new AtomicInteger();
        AtomicInteger killedAfter = new AtomicInteger(-1);
        java.util.concurrent.atomic.AtomicLong killedAt = new java.util.concurrent.atomic.AtomicLong(Long.MAX_VALUE);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                start.await();
                Outcome outcome = send(http, n);
                if (answers.incrementAndGet() == killAfter && killedAfter.compareAndSet(-1, killAfter)) {
                    Optional<ProcessHandle> process = ProcessHandle.of(app1);
                    killedAt.set(System.nanoTime());
                    process.ifPresent(ProcessHandle::destroyForcibly);
                }
                return outcome;
            }));
        }
        long t0 = System.nanoTime();
        start.countDown();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> f : futures) {
            outcomes.add(f.get());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        return new Result(outcomes, clients, killedAfter.get(), seconds, killedAt.get());
    }

    /**
     * Sends registration {@code n}; an I/O error without any answer (HAProxy closes the client connections
     * whose request was on app1 when it died) is retried once, as a browser retries a request on a reused
     * connection that closed before answering. Retrying is safe: a second registration of the same address
     * answers with the existing one (HTTP 200, {@code dejaInscrit}).
     */
    private Outcome send(HttpClient http, int n) {
        long started = System.nanoTime();
        Outcome first = sendOnce(http, n, started, 1);
        return first.status() == 0 ? sendOnce(http, n, started, 2) : first;
    }

    private Outcome sendOnce(HttpClient http, int n, long started, int attempt) {
        try {
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(uri)
                            .timeout(Duration.ofSeconds(120))
                            .header("Content-Type", "application/json")
                            .header("X-Bench-Id", String.valueOf(n))
                            .POST(HttpRequest.BodyPublishers.ofString(BenchEvents.registration(n)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String server = r.headers().allValues("set-cookie").stream()
                    .map(SERVER::matcher)
                    .filter(Matcher::find)
                    .map(m -> m.group(1))
                    .findFirst()
                    .orElse("?");
            boolean answered = r.statusCode() == 201 || r.statusCode() == 200;
            if (answered && r.body().contains("\"CONFIRMEE\"")) {
                return new Outcome(
                        n, r.statusCode(), "CONFIRMEE", server, null, null, started, System.nanoTime(), attempt);
            }
            if (answered && r.body().contains("\"EN_ATTENTE\"")) {
                return new Outcome(
                        n, r.statusCode(), "EN_ATTENTE", server, null, null, started, System.nanoTime(), attempt);
            }
            return new Outcome(
                    n,
                    r.statusCode(),
                    null,
                    server,
                    "HTTP " + r.statusCode(),
                    null,
                    started,
                    System.nanoTime(),
                    attempt);
        } catch (Exception e) {
            return new Outcome(
                    n, 0, null, "?", e.getClass().getSimpleName(), e.getMessage(), started, System.nanoTime(), attempt);
        }
    }
}
