package fr.coopdec.bench;

import com.icegreen.greenmail.util.GreenMail;
import fr.coopdec.CoopDecApplication;
import fr.coopdec.shared.mail.MailTesting;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
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
import java.util.concurrent.TimeUnit;
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
 * and checks the database agrees (seat counter and rows). A real SMTP server (GreenMail in this JVM)
 * takes {@code BENCH_SMTP_DELAY_MS} (200) per mail: registrations only write the outbox, the
 * application's dispatcher sends afterwards; the benchmark prints how long the event lock was held
 * and waited for, and when the last mail was out. {@code BENCH_WARMUP} (1000) registrations on another
 * event come first, unmeasured, so that the figures are those of a warm server.
 */
public final class AssisesBenchmark {

    private AssisesBenchmark() {}

    public static void main(String[] args) throws Exception {
        String url = BenchEvents.env(
                "COOPDEC_BENCH_DB_URL",
                "jdbc:mariadb://127.0.0.1:3306/coopdec_bench_assises?createDatabaseIfNotExist=true");
        int seats = Integer.parseInt(BenchEvents.env("BENCH_SEATS", "100"));
        int requests = Integer.parseInt(BenchEvents.env("BENCH_REQUESTS", "500"));
        int clients = Integer.parseInt(BenchEvents.env("BENCH_CLIENTS", "50"));
        int smtpDelay = Integer.parseInt(BenchEvents.env("BENCH_SMTP_DELAY_MS", "200"));
        // No delay during the warm-up: its mails are only drained, not measured.
        java.util.concurrent.atomic.AtomicLong delay = new java.util.concurrent.atomic.AtomicLong(0);
        GreenMail smtp = MailTesting.smtpServer(0, delay::get, new java.util.concurrent.CountDownLatch(0));
        // Rate limits (coopdec.abuse.*) raised: this benchmark measures the seat counter under load from
        // one address; bench/abuse.sh measures the limits themselves.
        try (ConfigurableApplicationContext ctx = start(
                url,
                "--coopdec.abuse.participants-par-adresse-et-evenement=1000000",
                "--coopdec.abuse.participants-par-evenement=1000000",
                "--coopdec.abuse.demandes-par-adresse=1000000",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--coopdec.mail.dispatch.threads=" + BenchEvents.env("BENCH_MAIL_THREADS", "4"))) {
            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            int warmUp = Integer.parseInt(BenchEvents.env("BENCH_WARMUP", "1000"));
            if (warmUp > 0) {
                warmUp(port, jdbc, smtp, seats, warmUp, clients);
            }
            delay.set(smtpDelay);
            long evenement = createEvent(jdbc, seats);
            System.out.printf(
                    "SMTP server: GreenMail on port %d, %d ms per mail; %s mail-sending threads%n",
                    smtp.getSmtp().getPort(), smtpDelay, BenchEvents.env("BENCH_MAIL_THREADS", "4"));
            long t0 = System.nanoTime();
            run(port, evenement, seats, requests, clients, jdbc);
            lock(ctx.getBean(MeterRegistry.class));
            mails(smtp, requests, t0, jdbc, evenement);
        } finally {
            smtp.stop();
        }
        // the HTTP client's and the mail dispatcher's threads would keep the JVM alive
        System.exit(0);
    }

    /** Starts the application on a free local port against {@code url}, with extra arguments. */
    static ConfigurableApplicationContext start(String url, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + BenchEvents.env("COOPDEC_BENCH_DB_USERNAME", "root"),
                "--spring.datasource.password=" + BenchEvents.env("COOPDEC_BENCH_DB_PASSWORD", ""),
                "--coopdec.demo.enabled=false",
                "--spring.liquibase.contexts=main",
                "--coopdec.referential.import-on-start=false",
                "--logging.level.root=warn",
                "--logging.level.fr.coopdec=warn",
                "--spring.main.banner-mode=off",
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--vaadin.productionMode=false"));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(CoopDecApplication.class).run(args.toArray(String[]::new));
    }

    /** Inserts an event of {@code seats} seats and returns its id. */
    static long createEvent(JdbcTemplate jdbc, int seats) {
        return BenchEvents.create(jdbc, seats, LocalDate.now().plusDays(30)); // registration open until it starts
    }

    /** How long each registration waited for, then held, the event's lock (the bound on one event's throughput). */
    private static void lock(MeterRegistry meters) {
        for (String name : new String[] {"coopdec.assises.verrou.tenu", "coopdec.assises.verrou.attente"}) {
            Timer t = meters.find(name).timer();
            if (t == null) {
                continue;
            }
            HistogramSnapshot h = t.takeSnapshot();
            StringBuilder p = new StringBuilder();
            for (ValueAtPercentile v : h.percentileValues()) {
                p.append(String.format(" p%.0f %.2f ms", v.percentile() * 100, v.value(TimeUnit.MILLISECONDS)));
            }
            System.out.printf(
                    "  %-30s %d times, mean %.2f ms,%s, max %.2f ms (warm-up included)%n",
                    name.endsWith("tenu") ? "event lock held (to commit)" : "event lock waited for",
                    t.count(),
                    t.mean(TimeUnit.MILLISECONDS),
                    p,
                    t.max(TimeUnit.MILLISECONDS));
        }
        io.micrometer.core.instrument.DistributionSummary batches =
                meters.find("coopdec.assises.lot").summary();
        if (batches != null) {
            System.out.printf(
                    "  %-30s %d transactions, mean %.1f requests, max %.0f (warm-up included)%n",
                    "requests per transaction", batches.count(), batches.mean(), batches.max());
        }
    }

    /** Waits (up to 5 minutes) until every registration mail is out, and says how long that took. */
    private static void mails(GreenMail smtp, int expected, long t0, JdbcTemplate jdbc, long evenement)
            throws InterruptedException {
        String reference = "assises-evenement:" + evenement;
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (smtp.getReceivedMessages().length < expected && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        Thread.sleep(500);
        int received = smtp.getReceivedMessages().length;
        Integer sent = jdbc.queryForObject(
                "SELECT COUNT(*) FROM mail_sortant WHERE reference = ? AND statut = 'ENVOYE'",
                Integer.class,
                reference);
        System.out.printf(
                "  mails      %d received by the SMTP server (%d rows ENVOYE, %s) %.1f s after the first request%n",
                received,
                sent,
                received == expected && sent == expected ? "each exactly once" : "MISMATCH",
                (System.nanoTime() - t0) / 1e9);
    }

    /**
     * The same concurrent registrations on another event, not measured: the JVM compiles the hot path and
     * the pools fill before the measured run, so the figures are those of a server in service, not of its
     * first seconds. Their mails are awaited and dropped from the SMTP server.
     */
    private static void warmUp(int port, JdbcTemplate jdbc, GreenMail smtp, int seats, int requests, int clients)
            throws Exception {
        long evenement = createEvent(jdbc, seats);
        long t0 = System.nanoTime();
        run(port, evenement, seats, requests, clients, jdbc, false);
        System.out.printf(
                "Warm-up: %d concurrent registrations on another event in %.2f s (not measured)%n",
                requests, (System.nanoTime() - t0) / 1e9);
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (smtp.getReceivedMessages().length < requests && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        Thread.sleep(500);
        smtp.purgeEmailFromAllMailboxes();
    }

    private static void run(int port, long evenement, int seats, int requests, int clients, JdbcTemplate jdbc)
            throws Exception {
        run(port, evenement, seats, requests, clients, jdbc, true);
    }

    private static void run(
            int port, long evenement, int seats, int requests, int clients, JdbcTemplate jdbc, boolean report)
            throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .executor(Executors.newFixedThreadPool(4))
                .build();
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/evenements/" + evenement + "/inscriptions");
        warmUpValidation(http, uri);
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
                    HttpResponse<String> r = http.send(
                            HttpRequest.newBuilder(uri)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(BenchEvents.registration(n)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 201 && r.body().contains("\"CONFIRMEE\"")) {
                        confirmed.incrementAndGet();
                    } else if (r.statusCode() == 201 && r.body().contains("\"EN_ATTENTE\"")) {
                        waitlisted.incrementAndGet();
                    } else {
                        errors.incrementAndGet();
                        errorKinds
                                .computeIfAbsent("HTTP " + r.statusCode(), k -> new AtomicInteger())
                                .incrementAndGet();
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    errorKinds
                            .computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger())
                            .incrementAndGet();
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
        if (!report) {
            return;
        }
        Integer taken = jdbc.queryForObject(
                "SELECT places_prises FROM assises_evenement WHERE id = ?", Integer.class, evenement);
        Integer rowsConfirmed = jdbc.queryForObject(
                "SELECT COUNT(*) FROM assises_inscription WHERE evenement_id = ? AND statut = 'CONFIRMEE'",
                Integer.class,
                evenement);
        Integer rows = jdbc.queryForObject(
                "SELECT COUNT(*) FROM assises_inscription WHERE evenement_id = ?", Integer.class, evenement);
        System.out.printf(
                "%nAssises benchmark: %d concurrent API registrations (%d client threads) for %d seats%n",
                requests, clients, seats);
        System.out.printf(
                "  confirmed  %d%n  waitlisted %d%n  errors     %d %s%n",
                confirmed.get(), waitlisted.get(), errors.get(), errorKinds.isEmpty() ? "" : errorKinds);
        System.out.printf("  elapsed    %.2f s, throughput %.0f registrations/s%n", seconds, requests / seconds);
        System.out.printf(
                "  database   seat counter %d, confirmed rows %d, rows %d -> %s%n",
                taken,
                rowsConfirmed,
                rows,
                taken == seats && rowsConfirmed == seats && rows == confirmed.get() + waitlisted.get()
                        ? "consistent, never overbooked"
                        : "INCONSISTENT");
    }

    private static void warmUpValidation(HttpClient http, URI uri) throws Exception {
        // A malformed body exercises the whole stack (security, JSON, validation) without taking a seat.
        for (int i = 0; i < 20; i++) {
            http.send(
                    HttpRequest.newBuilder(uri)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"participants\":[]}"))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }
}
