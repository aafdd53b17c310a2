package fr.coopdec.appels;

import static fr.coopdec.appels.AppelsFixtures.euros;
import static org.assertj.core.api.Assertions.assertThat;

import fr.coopdec.shared.BusinessException;
import fr.coopdec.support.IntegrationTest;
import fr.coopdec.support.TestUsers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ten DAECT instructors grant €30,000 each on one call of €100,000 at the same instant (real threads,
 * real MariaDB): three grants pass, seven are refused with the envelope's sentence, and the database
 * holds exactly what was granted — never more than the envelope.
 */
@IntegrationTest
class AppelsEnvelopeConcurrencyTest {

    @Autowired
    AppelsFixtures fixtures;

    @Autowired
    DecisionDaectService decisions;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void concurrent_grants_never_exceed_the_calls_envelope() throws Exception {
        AppelDaect appel = fixtures.appel(100_000);
        List<CandidatureDaect> enInstruction = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            enInstruction.add(
                    fixtures.enInstruction(appel, fixtures.partenariat("69123", i % 2 == 0 ? "BJ" : "SN"), 30_000));
        }
        List<String> instructeurs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            instructeurs.add(fixtures.signInAdmin());
        }
        users.signOut();

        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            CandidatureDaect c = enInstruction.get(i);
            String instructeur = instructeurs.get(i);
            results.add(pool.submit(() -> {
                users.signIn(instructeur);
                try {
                    start.await();
                    decisions.accorder(c.getId(), c.getVersion(), euros(30_000), null);
                    return "ok";
                } catch (BusinessException refused) {
                    return refused.getMessageKey();
                } finally {
                    users.signOut();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(outcomes).filteredOn("ok"::equals).hasSize(3);
        assertThat(outcomes)
                .filteredOn("appels.decision.enveloppe-depassee"::equals)
                .hasSize(7);
        BigDecimal granted = jdbc.queryForObject(
                "SELECT COALESCE(SUM(montant_accorde), 0) FROM appels_candidature WHERE appel_id = ? AND statut = 'ACCORDEE'",
                BigDecimal.class,
                appel.getId());
        assertThat(granted).isEqualByComparingTo("90000");
        assertThat(fixtures.engage(appel.getId())).isEqualByComparingTo(granted);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM appels_candidature WHERE appel_id = ? AND statut = 'EN_INSTRUCTION'",
                        Integer.class,
                        appel.getId()))
                .isEqualTo(7);
    }
}
