package fr.coopdec.shared.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.bourse.BourseFixtures;
import fr.coopdec.bourse.FicheBourse;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.IntegrationTest;
import fr.coopdec.support.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application servers on one database, as behind the load balancer: each fires every scheduled job
 * at the same moment (as their cron triggers would at 03:30), then the first fires it again a moment
 * later: each job runs once. And what the operators and the load balancer read on a server.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoServersTest {

    /** Every scheduled job of the application: a new one must be added here (and run once). */
    static final List<String> JOBS = List.of("bourse-digest", "bourse-expiration", "jeunesse-anonymisation");

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    BourseFixtures bourse;

    @Autowired
    TestUsers users;

    private TwoServers servers;
    private long journalMark;

    @BeforeAll
    void startTwoServers() {
        jdbc.update(
                "DELETE FROM shedlock WHERE name IN ("
                        + String.join(",", JOBS.stream().map(j -> "?").toList()) + ")",
                JOBS.toArray());
        journalMark = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM tache_execution", Long.class);
        servers = TwoServers.start(dataSource);
    }

    @AfterAll
    void stopTwoServers() {
        if (servers != null) {
            servers.close();
        }
    }

    @Test
    void every_scheduled_job_runs_on_one_server_only_when_both_fire_it_together() throws Exception {
        String poste = users.create(Role.POSTE, u -> u.setPays(bourse.pays("KM")));
        bourse.publiee(bourse.francaise("Objectif " + AtlasFixtures.token(), List.of("KM"), "SANTE"));
        FicheBourse expiring =
                bourse.publiee(bourse.francaise("Objectif " + AtlasFixtures.token(), List.of("KM"), "SANTE"));
        jdbc.update(
                "UPDATE bourse_fiche SET expire_le = ? WHERE id = ?",
                LocalDate.now().plusDays(20),
                expiring.getId());
        assertThat(servers.a().jobs().keySet())
                .as("the scheduled jobs of a server, all behind a lock")
                .containsExactlyInAnyOrderElementsOf(JOBS);

        for (String job : JOBS) {
            servers.fireTogether(job);
            servers.a().fire(job); // a late trigger within lockAtLeastFor: skipped
        }

        Map<String, Long> runs = new TreeMap<>();
        for (String job : JOBS) {
            runs.put(
                    job,
                    jdbc.queryForObject(
                            "SELECT COUNT(*) FROM tache_execution WHERE tache = ? AND id > ?",
                            Long.class,
                            job,
                            journalMark));
            assertThat(servers.a().runs(job) + servers.b().runs(job))
                    .as("runs of %s counted by the servers", job)
                    .isEqualTo(1);
            assertThat(servers.a().skipped(job) + servers.b().skipped(job))
                    .as("skipped firings of %s", job)
                    .isEqualTo(2);
        }
        assertThat(runs)
                .as("journal rows per job")
                .containsOnly(
                        Map.entry("bourse-digest", 1L),
                        Map.entry("bourse-expiration", 1L),
                        Map.entry("jeunesse-anonymisation", 1L));
        assertThat(jdbc.queryForList(
                        "SELECT DISTINCT instance FROM tache_execution WHERE id > ? AND fin IS NOT NULL",
                        String.class,
                        journalMark))
                .isSubsetOf(TwoServers.A, TwoServers.B)
                .isNotEmpty();

        assertThat(bourse.mails(poste))
                .filteredOn(m -> m.getSujet().contains("les fiches de la semaine"))
                .as("one weekly digest for the post (besides the notices of each publication)")
                .hasSize(1);
        assertThat(bourse.mails(expiring.getContactEmail()))
                .filteredOn(m -> m.getSujet().contains("expire bientôt"))
                .as("one expiry reminder")
                .hasSize(1);
    }

    @Test
    void health_probes_are_public_and_metrics_are_for_the_scraper_s_account_only() throws Exception {
        URI a = servers.a().uri();
        HttpClient http = HttpClient.newHttpClient();
        assertThat(status(http, a.resolve("/actuator/health/liveness"), null)).isEqualTo(200);
        assertThat(status(http, a.resolve("/actuator/health/readiness"), null)).isEqualTo(200);
        assertThat(status(http, a.resolve("/actuator/prometheus"), null)).isEqualTo(401);
        assertThat(status(http, a.resolve("/actuator/prometheus"), basic("prometheus", "wrong-password")))
                .isEqualTo(401);
        assertThat(status(http, a.resolve("/actuator/metrics"), basic("prometheus", TwoServers.SCRAPER_PASSWORD)))
                .as("the scraper reads the metrics, nothing else")
                .isEqualTo(403);

        http.send(
                HttpRequest.newBuilder(a.resolve("/")).build(),
                HttpResponse.BodyHandlers.discarding()); // a visitor: one Vaadin session
        String metrics = http.send(
                        HttpRequest.newBuilder(a.resolve("/actuator/prometheus"))
                                .header("Authorization", basic("prometheus", TwoServers.SCRAPER_PASSWORD))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(metrics)
                .containsPattern("(?m)^coopdec_vaadin_sessions\\{[^}]*\\} [1-9]")
                .containsPattern("(?m)^coopdec_assises_inscriptions\\{[^}]*statut=\"CONFIRMEE\"[^}]*\\} \\d")
                .containsPattern("(?m)^coopdec_mail_outbox\\{[^}]*etat=\"en_attente\"[^}]*\\} \\d")
                .contains("hikaricp_connections_active");
    }

    private static int status(HttpClient http, URI uri, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
