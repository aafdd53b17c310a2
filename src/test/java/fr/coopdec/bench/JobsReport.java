package fr.coopdec.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The scheduled jobs fired every 15 s on both servers: the journal ({@code tache_execution}) must
 * hold one run per job and firing, and app2's metrics show the firings it skipped because app1 had
 * taken them.
 */
final class JobsReport {

    static final List<String> JOBS = List.of("bourse-digest", "bourse-expiration", "jeunesse-anonymisation");

    private final JdbcTemplate db;
    private final Checks checks;

    JobsReport(JdbcTemplate db, Checks checks) {
        this.db = db;
        this.checks = checks;
    }

    void print(URI app2, String metricsPassword) throws Exception {
        String metrics = ClusterBenchmark.get(
                        HttpClient.newHttpClient(),
                        app2.resolve("/actuator/prometheus"),
                        ClusterBenchmark.basic("prometheus", metricsPassword))
                .body();
        System.out.println("\nScheduled jobs (each fired every 15 s by both servers' triggers):");
        for (String job : JOBS) {
            List<Map<String, Object>> firings = db.queryForList(
                    "SELECT FLOOR(UNIX_TIMESTAMP(debut) / 15) AS slot, COUNT(*) AS runs,"
                            + " GROUP_CONCAT(instance) AS servers FROM tache_execution WHERE tache = ? GROUP BY slot",
                    job);
            long twice = firings.stream()
                    .filter(f -> ((Number) f.get("runs")).intValue() > 1)
                    .count();
            long onApp1 = firings.stream()
                    .filter(f -> "app1".equals(f.get("servers")))
                    .count();
            long onApp2 = firings.stream()
                    .filter(f -> "app2".equals(f.get("servers")))
                    .count();
            double skipped = meter(metrics, "coopdec_jobs_skipped_total", job);
            System.out.printf(
                    "  %-24s %3d firings: %d run by app1, %d by app2, %d run twice; app2 skipped %.0f (app1 held the lock)%n",
                    job, firings.size(), onApp1, onApp2, twice, skipped);
            checks.that(
                    job + " ran once at each firing (" + firings.size() + " firings)",
                    !firings.isEmpty() && twice == 0);
        }
        checks.that(
                "app2 exposes /actuator/prometheus to the scraper's account",
                metrics.contains("coopdec_vaadin_sessions"));
    }

    private static double meter(String prometheus, String name, String job) {
        Matcher m = Pattern.compile("(?m)^" + name + "\\{[^}]*job=\"" + Pattern.quote(job) + "\"[^}]*\\} (\\S+)$")
                .matcher(prometheus);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
