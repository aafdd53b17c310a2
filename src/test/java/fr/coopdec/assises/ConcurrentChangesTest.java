package fr.coopdec.assises;

import static org.assertj.core.api.Assertions.assertThat;

import fr.coopdec.support.IntegrationTest;
import fr.coopdec.support.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cancellations, changes and registrations of one event at the same instant (real threads, real
 * MariaDB): every call succeeds, the counters match the rows and the waitlist keeps its order.
 */
@IntegrationTest
class ConcurrentChangesTest {

    @Autowired
    InscriptionService inscriptions;

    @Autowired
    ParticipantsService participants;

    @Autowired
    AssisesFixtures fixtures;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void two_link_cancellations_and_four_registrations_at_once_all_succeed_and_the_waitlist_keeps_its_order()
            throws Exception {
        for (int round = 0; round < 5; round++) {
            Evenement e = fixtures.evenement(2);
            var a = fixtures.inscrire(e, "Annule A " + round, true);
            var b = fixtures.inscrire(e, "Annule B " + round, true);
            var c = fixtures.inscrire(e, "Attend C " + round, true);
            var d = fixtures.inscrire(e, "Attend D " + round, true);
            assertThat(List.of(c.statut(), d.statut())).containsOnly(StatutInscription.EN_ATTENTE);
            List<Callable<Object>> calls = new ArrayList<>();
            calls.add(() -> {
                inscriptions.annulerParJeton(a.jeton());
                return null;
            });
            calls.add(() -> {
                inscriptions.annulerParJeton(b.jeton());
                return null;
            });
            for (int n = 0; n < 4; n++) {
                String nom = "Nouveau " + n + " " + round;
                calls.add(() -> fixtures.inscrire(e, nom, true));
            }

            fire(calls);

            assertThat(statut(a.id())).isEqualTo(StatutInscription.ANNULEE);
            assertThat(statut(b.id())).isEqualTo(StatutInscription.ANNULEE);
            assertThat(statut(c.id())).as("first waiting, first promoted").isEqualTo(StatutInscription.CONFIRMEE);
            assertThat(statut(d.id())).isEqualTo(StatutInscription.CONFIRMEE);
            assertThat(fixtures.placesPrises(e.getId())).isEqualTo(2);
            assertThat(count(e, "CONFIRMEE")).isEqualTo(2);
            assertThat(count(e, "EN_ATTENTE")).isEqualTo(4);
            assertThat(count(e, "ANNULEE")).isEqualTo(2);
        }
    }

    @Test
    void link_changes_organiser_cancellations_and_registrations_mixed_all_succeed() throws Exception {
        for (int round = 0; round < 3; round++) {
            Evenement e = fixtures.evenement(3);
            SessionProgramme atelier = fixtures.session(e, "Salle " + AssisesFixtures.token(), 9, 1);
            var a = fixtures.inscrire(e, "Mix A " + round, true, atelier.getId());
            var b = fixtures.inscrire(e, "Mix B " + round, true, atelier.getId());
            var c = fixtures.inscrire(e, "Mix C " + round, true);
            var d = fixtures.inscrire(e, "Mix D " + round, true, atelier.getId());
            String organisateur = fixtures.organisateur(e);
            List<Callable<Object>> calls = new ArrayList<>();
            calls.add(() -> {
                inscriptions.modifierParJeton(a.jeton(), Set.of(), "Fauteuil", true);
                return null;
            });
            calls.add(() -> {
                users.signIn(organisateur);
                try {
                    participants.annuler(c.id());
                } finally {
                    users.signOut();
                }
                return null;
            });
            calls.add(() -> {
                inscriptions.annulerParJeton(b.jeton());
                return null;
            });
            for (int n = 0; n < 3; n++) {
                String nom = "Mix nouveau " + n + " " + round;
                calls.add(() -> fixtures.inscrire(e, nom, true, atelier.getId()));
            }

            fire(calls);

            assertThat(statut(d.id()))
                    .as("the first waiting takes a freed seat")
                    .isEqualTo(StatutInscription.CONFIRMEE);
            assertThat(fixtures.placesPrises(e.getId()))
                    .isEqualTo(count(e, "CONFIRMEE"))
                    .isEqualTo(3);
            assertThat(fixtures.placesPrisesSession(atelier.getId()))
                    .isEqualTo(1)
                    .isEqualTo(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM assises_choix_session cs JOIN assises_inscription i ON i.id = cs.inscription_id"
                                    + " WHERE cs.session_id = ? AND cs.statut = 'CONFIRME' AND i.statut = 'CONFIRMEE'",
                            Integer.class,
                            atelier.getId()));
        }
    }

    private void fire(List<Callable<Object>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (Callable<Object> call : calls) {
            futures.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        for (Future<Object> f : futures) {
            f.get(); // any failure of any call fails the test
        }
        pool.shutdown();
    }

    private StatutInscription statut(long id) {
        return StatutInscription.valueOf(
                jdbc.queryForObject("SELECT statut FROM assises_inscription WHERE id = ?", String.class, id));
    }

    private int count(Evenement e, String statut) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM assises_inscription WHERE evenement_id = ? AND statut = ?",
                Integer.class,
                e.getId(),
                statut);
    }
}
