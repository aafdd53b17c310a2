package fr.coopdec.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.mariadb.jdbc.MariaDbDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The multi-server benchmark ({@code bash bench/cluster.sh}, which starts the servers; not a test):
 * registrations through HAProxy with one server killed mid-run, a signed-in user of that server, the
 * scheduled jobs' journal. Prints the figures; exits 1 when a check fails.
 */
public final class ClusterBenchmark {

    private final Checks checks = new Checks();

    private ClusterBenchmark() {}

    public static void main(String[] args) throws Exception {
        System.exit(new ClusterBenchmark().run() ? 0 : 1);
    }

    private boolean run() throws Exception {
        URI lb = URI.create(BenchEvents.env("CLUSTER_LB_URL", "http://127.0.0.1:18080"));
        JdbcTemplate primary = jdbc(BenchEvents.env("CLUSTER_PRIMARY_URL", "jdbc:mariadb://127.0.0.1:13306/coopdec"));
        int seats = Integer.parseInt(BenchEvents.env("BENCH_SEATS", "100"));
        int requests = Integer.parseInt(BenchEvents.env("BENCH_REQUESTS", "500"));
        int clients = Integer.parseInt(BenchEvents.env("BENCH_CLIENTS", "50"));
        int killAfter = Integer.parseInt(BenchEvents.env("BENCH_KILL_AFTER", "150"));
        long app1 = Long.parseLong(System.getenv("CLUSTER_APP1_PID"));

        SignedInUser user =
                new SignedInUser(lb, System.getenv("CLUSTER_ADMIN_EMAIL"), System.getenv("CLUSTER_ADMIN_PASSWORD"));
        checks.that("an administrator signs in through HAProxy on app1", user.signIn("app1"));
        checks.that("  and reads an administrators' page there", user.canReadAdminPage());

        long event = BenchEvents.create(primary, seats, LocalDate.now().plusDays(30));
        ClusterLoad.Result load = new ClusterLoad(lb, event, requests, clients, killAfter, app1).run();
        Map<String, String> haproxy = haproxyServers(Path.of(System.getenv("CLUSTER_HAPROXY_LOG")));
        report(load, primary, event, seats, requests, haproxy);

        System.out.println("\nThe signed-in user of app1, after app1 died:");
        checks.that("  the session is gone (asked to sign in again)", !user.canReadAdminPage());
        boolean again = user.signIn(null);
        checks.that(
                "  signs in again, now on " + user.server(),
                again && user.server().equals("app2"));
        checks.that("  and reads the administrators' page again", user.canReadAdminPage());

        new JobsReport(primary, checks)
                .print(URI.create(System.getenv("CLUSTER_APP2_URL")), System.getenv("CLUSTER_METRICS_PASSWORD"));
        return checks.print();
    }

    private void report(
            ClusterLoad.Result load,
            JdbcTemplate db,
            long event,
            int seats,
            int requests,
            Map<String, String> haproxy) {
        int confirmed = load.count("CONFIRMEE");
        int waitlisted = load.count("EN_ATTENTE");
        List<Integer> failed = load.failed();
        Map<String, Long> failedOn = failed.stream()
                .collect(Collectors.groupingBy(
                        n -> haproxy.getOrDefault(String.valueOf(n), "not in the HAProxy log"), Collectors.counting()));
        System.out.printf(
                "%nRegistrations: %d concurrent requests through HAProxy (%d client threads), %d seats; app1 killed (SIGKILL) after %d answers%n",
                requests, load.clients(), seats, load.killedAfter());
        System.out.printf("  answered by   %s%n", load.byServer());
        System.out.printf(
                "  confirmed     %d%n  waitlisted    %d%n  failed        %d %s, by server (HAProxy log): %s%n",
                confirmed, waitlisted, failed.size(), load.failureKinds(), failedOn);
        System.out.printf("  elapsed       %.1f s%n", load.seconds());

        Integer taken =
                db.queryForObject("SELECT places_prises FROM assises_evenement WHERE id = ?", Integer.class, event);
        java.util.Set<String> rows = new java.util.HashSet<>(
                db.queryForList("SELECT email FROM assises_inscription WHERE evenement_id = ?", String.class, event));
        Integer rowsConfirmed = db.queryForObject(
                "SELECT COUNT(*) FROM assises_inscription WHERE evenement_id = ? AND statut = 'CONFIRMEE'",
                Integer.class,
                event);
        long savedButUnanswered =
                failed.stream().filter(n -> rows.contains(BenchEvents.email(n))).count();
        long answeredButMissing = load.succeeded().stream()
                .filter(n -> !rows.contains(BenchEvents.email(n)))
                .count();
        System.out.printf(
                "  database      seat counter %d, confirmed rows %d, registrations %d (of which %d saved on app1 whose answer was lost)%n",
                taken, rowsConfirmed, rows.size(), savedButUnanswered);

        checks.that("confirmed + waitlisted + failed = requests", confirmed + waitlisted + failed.size() == requests);
        checks.that(
                "0 overbooked: confirmed rows = seat counter <= seats", rowsConfirmed.equals(taken) && taken <= seats);
        checks.that("every seat taken (more requests than seats)", taken == seats);
        checks.that("confirmed answers <= seats", confirmed <= seats);
        checks.that(
                "both servers answered registrations",
                load.byServer().getOrDefault("app1", 0L) > 0 && load.byServer().getOrDefault("app2", 0L) > 0);
        // A failure is app1's when HAProxy logged it on app1, or when it got no HTTP answer at all while
        // app1 was being killed (HAProxy closes such a client connection without logging the request).
        java.util.Set<Integer> acrossTheKill = load.unansweredAcrossTheKill().stream()
                .map(ClusterLoad.Outcome::n)
                .collect(Collectors.toSet());
        long notApp1 = failed.stream()
                .filter(n -> !"app1".equals(haproxy.get(String.valueOf(n))) && !acrossTheKill.contains(n))
                .count();
        System.out.printf(
                "  failures      %d logged by HAProxy on app1, %d without an answer while app1 was killed (not logged), %d other%n",
                failed.stream()
                        .filter(n -> "app1".equals(haproxy.get(String.valueOf(n))))
                        .count(),
                failed.stream()
                        .filter(n -> !"app1".equals(haproxy.get(String.valueOf(n))) && acrossTheKill.contains(n))
                        .count(),
                notApp1);
        System.out.printf(
                "  retried once  %d (I/O error without an answer), answered then: %d registered, %d already registered by their first attempt%n",
                load.retried().size(),
                load.retried().stream().filter(o -> o.status() == 201).count(),
                load.retried().stream().filter(o -> o.status() == 200).count());
        load.unansweredAcrossTheKill().stream()
                .map(ClusterLoad.Outcome::detail)
                .distinct()
                .limit(3)
                .forEach(d -> System.out.printf("                e.g. %s%n", d));
        checks.that("every failure was in flight on app1 when it was killed", notApp1 == 0);
        checks.that("nothing answered as saved is lost (" + answeredButMissing + " missing)", answeredButMissing == 0);
        checks.that(
                "registrations in the database = answered + saved on app1 without answer",
                rows.size() == confirmed + waitlisted + savedButUnanswered);
    }

    /** Request id → server, from HAProxy's log lines {@code bench=<id> server=<name> ...}. */
    private static Map<String, String> haproxyServers(Path log) throws Exception {
        Thread.sleep(1000); // HAProxy writes a line when a request ends
        Pattern line = Pattern.compile("bench=(\\d+) server=(\\S+)");
        return Files.readAllLines(log).stream()
                .map(line::matcher)
                .filter(Matcher::find)
                .collect(Collectors.toMap(m -> m.group(1), m -> m.group(2), (first, last) -> last));
    }

    static JdbcTemplate jdbc(String url) throws Exception {
        MariaDbDataSource dataSource = new MariaDbDataSource(url);
        dataSource.setUser(BenchEvents.env("CLUSTER_DB_USER", "bench"));
        dataSource.setPassword(BenchEvents.env("CLUSTER_DB_PASSWORD", ""));
        return new JdbcTemplate(dataSource);
    }

    static String basic(String user, String password) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static HttpResponse<String> get(HttpClient http, URI uri, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
