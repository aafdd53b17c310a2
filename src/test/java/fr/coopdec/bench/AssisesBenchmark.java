package fr.coopdec.bench;

import fr.coopdec.CoopDecApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Assises registration benchmark ({@code bash bench/assises.sh}; not a test). Starts the application on
 * a free port, creates an event of {@code BENCH_SEATS} (100) seats, fires {@code BENCH_REQUESTS} (500)
 * simultaneous anonymous {@code POST /api/v1/evenements/{id}/inscriptions} over real HTTP from
 * {@code BENCH_CLIENTS} (50) threads, then prints confirmed / waitlisted / error counts, the throughput,
 * and checks the database agrees (seat counter and rows).
 */
public final class AssisesBenchmark {

    private AssisesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = env("COOPDEC_BENCH_DB_URL", "jdbc:mariadb://127.0.0.1:3306/coopdec_bench_assises?createDatabaseIfNotExist=true");
        int seats = Integer.parseInt(env("BENCH_SEATS", "100"));
        int requests = Integer.parseInt(env("BENCH_REQUESTS", "500"));
        int clients = Integer.parseInt(env("BENCH_CLIENTS", "50"));
        // Rate limits (coopdec.abuse.*) raised: this benchmark measures the seat counter under load from
        // one address; bench/abuse.sh measures the limits themselves.
        try (ConfigurableApplicationContext ctx = start(url, "--coopdec.abuse.participants-par-adresse-et-evenement=1000000",
                "--coopdec.abuse.participants-par-evenement=1000000", "--coopdec.abuse.demandes-par-adresse=1000000")) {
            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            long evenement = createEvent(jdbc, seats);
            run(port, evenement, seats, requests, clients, jdbc);
        }
    }

    /** Starts the application on a free local port against {@code url}, with extra arguments. */
    static ConfigurableApplicationContext start(String url, String... extra) {
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url,
                "--spring.datasource.username=" + env("COOPDEC_BENCH_DB_USERNAME", "root"),
                "--spring.datasource.password=" + env("COOPDEC_BENCH_DB_PASSWORD", ""),
                "--coopdec.demo.enabled=false", "--spring.liquibase.contexts=main",
                "--coopdec.referential.import-on-start=false",
                "--logging.level.root=warn", "--logging.level.fr.coopdec=warn", "--spring.main.banner-mode=off",
                "--server.port=0", "--server.address=127.0.0.1", "--vaadin.productionMode=false"));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(CoopDecApplication.class).run(args.toArray(String[]::new));
    }

    /** Inserts an event of {@code seats} seats and returns its id. */
    static long createEvent(JdbcTemplate jdbc, int seats) {
        return BenchEvents.create(jdbc, seats, LocalDate.now());
    }

    private static void run(int port, long evenement, int seats, int requests, int clients, JdbcTemplate jdbc) throws Exception {
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/evenements/" + evenement + "/inscriptions");
        warmUp(http, uri);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger confirmed = new AtomicInteger();
        AtomicInteger waitlisted = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ConcurrentHashMap<String, AtomicInteger> errorKinds = new ConcurrentHashMap<>();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                start.await();
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(BenchEvents.registration(n))).build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 201 && r.body().contains("\"CONFIRMEE\"")) {
                        confirmed.incrementAndGet();
                    } else if (r.statusCode() == 201 && r.body().contains("\"EN_ATTENTE\"")) {
                        waitlisted.incrementAndGet();
                    } else {
                        errors.incrementAndGet();
                        errorKinds.computeIfAbsent("HTTP " + r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    errorKinds.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
                }
                return null;
            }));
        }
        long t0 = System.nanoTime();
        start.countDown();
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        Integer taken = jdbc.queryForObject("SELECT places_prises FROM assises_evenement WHERE id = ?", Integer.class, evenement);
        Integer rowsConfirmed = jdbc.queryForObject("SELECT COUNT(*) FROM assises_inscription WHERE evenement_id = ? AND statut = 'CONFIRMEE'",
                Integer.class, evenement);
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM assises_inscription WHERE evenement_id = ?", Integer.class, evenement);
        System.out.printf("%nAssises benchmark: %d concurrent API registrations (%d client threads) for %d seats%n",
                requests, clients, seats);
        System.out.printf("  confirmed  %d%n  waitlisted %d%n  errors     %d %s%n", confirmed.get(), waitlisted.get(),
                errors.get(), errorKinds.isEmpty() ? "" : errorKinds);
        System.out.printf("  elapsed    %.2f s, throughput %.0f registrations/s%n", seconds, requests / seconds);
        System.out.printf("  database   seat counter %d, confirmed rows %d, rows %d -> %s%n", taken, rowsConfirmed, rows,
                taken == seats && rowsConfirmed == seats && rows == confirmed.get() + waitlisted.get() ? "consistent, never overbooked"
                        : "INCONSISTENT");
    }

    private static void warmUp(HttpClient http, URI uri) throws Exception {
        // A malformed body exercises the whole stack (security, JSON, validation) without taking a seat.
        for (int i = 0; i < 20; i++) {
            http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"participants\":[]}")).build(), HttpResponse.BodyHandlers.discarding());
        }
    }

    static String body(int n) {
        return "{\"participants\":[{\"prenom\":\"Participant\",\"nom\":\"Numero " + n + "\",\"email\":\"bench" + n
                + "@exemple.bj\",\"organisation\":\"Commune de Cotonou\",\"categorie\":\"COLLECTIVITE_PARTENAIRE\"}],"
                + "\"accepteAttente\":true,\"langue\":\"fr\"}";
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
