package fr.coopdec.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The flood benchmark ({@code bash bench/abuse.sh}; not a test). Starts the application with its
 * default rate limits on a free port, creates an event of {@code BENCH_SEATS} (100) seats, then one
 * client address sends {@code BENCH_REQUESTS} (200) anonymous registrations of one person each
 * over HTTP from {@code BENCH_CLIENTS} (10) threads: the first N (coopdec.abuse.participants-par-adresse-et-evenement,
 * 20) get 201, the rest 429 with Retry-After, and the seats taken stay N. A request relayed by a trusted
 * proxy for another client (X-Forwarded-For) still gets its seat.
 */
public final class AbuseBenchmark {

    private AbuseBenchmark() {}

    public static void main(String[] args) throws Exception {
        String url = BenchEvents.env(
                "COOPDEC_BENCH_DB_URL",
                "jdbc:mariadb://127.0.0.1:3306/coopdec_bench_abuse?createDatabaseIfNotExist=true");
        int seats = Integer.parseInt(BenchEvents.env("BENCH_SEATS", "100"));
        int requests = Integer.parseInt(BenchEvents.env("BENCH_REQUESTS", "200"));
        int clients = Integer.parseInt(BenchEvents.env("BENCH_CLIENTS", "10"));
        try (ConfigurableApplicationContext ctx = AssisesBenchmark.start(url)) {
            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            long evenement = AssisesBenchmark.createEvent(jdbc, seats);
            URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/evenements/" + evenement + "/inscriptions");
            HttpClient http = HttpClient.newBuilder()
                    .executor(Executors.newFixedThreadPool(4))
                    .build();
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            Map<String, AtomicInteger> retryAfter = new ConcurrentHashMap<>();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<?>> futures = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int i = 0; i < requests; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    HttpResponse<String> r = http.send(
                            HttpRequest.newBuilder(uri)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(BenchEvents.registration(n)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    statuses.computeIfAbsent(r.statusCode(), k -> new AtomicInteger())
                            .incrementAndGet();
                    r.headers().firstValue("Retry-After").ifPresent(v -> retryAfter
                            .computeIfAbsent(v, k -> new AtomicInteger())
                            .incrementAndGet());
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            pool.shutdown();
            Integer taken = jdbc.queryForObject(
                    "SELECT places_prises FROM assises_evenement WHERE id = ?", Integer.class, evenement);
            HttpResponse<String> other = http.send(
                    HttpRequest.newBuilder(uri)
                            .header("Content-Type", "application/json")
                            .header("X-Forwarded-For", "198.51.100.23")
                            .POST(HttpRequest.BodyPublishers.ofString(BenchEvents.registration(requests + 1)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            System.out.printf(
                    "%nAbuse benchmark: %d anonymous registrations from one address (%d threads) for %d seats%n",
                    requests, clients, seats);
            System.out.printf("  HTTP statuses   %s in %.2f s%n", new TreeMap<>(statuses), seconds);
            System.out.printf("  Retry-After (s) %s%n", new TreeMap<>(retryAfter));
            System.out.printf(
                    "  seats taken     %d of %d -> %s%n",
                    taken, seats, taken < seats ? "not exhausted by one client" : "EXHAUSTED");
            System.out.printf("  another client via a trusted proxy (X-Forwarded-For): HTTP %d%n", other.statusCode());
        }
    }
}
