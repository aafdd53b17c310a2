package fr.coopdec.assises;

import static org.assertj.core.api.Assertions.assertThat;

import fr.coopdec.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The capacity holds when many people register at the same instant (real MariaDB, real threads). */
@IntegrationTest
class ConcurrentRegistrationTest {

    @Autowired
    InscriptionService inscriptions;

    @Autowired
    AssisesFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void two_hundred_concurrent_registrations_for_fifty_seats_confirm_exactly_fifty_and_waitlist_the_rest()
            throws Exception {
        Evenement evenement = fixtures.evenement(500);
        SessionProgramme atelier = fixtures.session(evenement, "Salle " + AssisesFixtures.token(), 9, 50);
        Evenement petit = fixtures.evenement(50);

        List<StatutInscription> surEvenement = fire(200, n -> inscriptions
                .inscrire(
                        petit.getId(),
                        new DemandeInscription(
                                List.of(AssisesFixtures.participant("Concurrent" + n)), Set.of(), true, "fr"))
                .lignes()
                .get(0)
                .statut());
        List<StatutInscription> surSession = fire(200, n -> {
            ResultatInscription.Ligne l = inscriptions
                    .inscrire(
                            evenement.getId(),
                            new DemandeInscription(
                                    List.of(AssisesFixtures.participant("Atelier" + n)),
                                    Set.of(atelier.getId()),
                                    true,
                                    "fr"))
                    .lignes()
                    .get(0);
            return l.sessionsEnAttente().isEmpty() ? StatutInscription.CONFIRMEE : StatutInscription.EN_ATTENTE;
        });

        assertThat(count(surEvenement))
                .containsEntry(StatutInscription.CONFIRMEE, 50L)
                .containsEntry(StatutInscription.EN_ATTENTE, 150L);
        assertThat(fixtures.placesPrises(petit.getId())).isEqualTo(50);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM assises_inscription WHERE evenement_id = ? AND statut = 'CONFIRMEE'",
                        Integer.class,
                        petit.getId()))
                .isEqualTo(50);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM assises_inscription WHERE evenement_id = ?",
                        Integer.class,
                        petit.getId()))
                .as("none lost")
                .isEqualTo(200);

        assertThat(count(surSession))
                .containsEntry(StatutInscription.CONFIRMEE, 50L)
                .containsEntry(StatutInscription.EN_ATTENTE, 150L);
        assertThat(fixtures.placesPrisesSession(atelier.getId())).isEqualTo(50);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM assises_choix_session WHERE session_id = ? AND statut = 'CONFIRME'",
                        Integer.class,
                        atelier.getId()))
                .isEqualTo(50);
    }

    @Test
    void a_request_refused_among_concurrent_ones_costs_nobody_else_their_seat() throws Exception {
        Evenement evenement = fixtures.evenement(500);
        SessionProgramme atelier = fixtures.session(evenement, "Salle " + AssisesFixtures.token(), 9, 10);

        // 60 at once for a 10-seat workshop; one in two refuses the waitlist, so those left without a seat
        // are refused (SessionComplete) inside the lock, in the middle of batches of the others.
        List<StatutInscription> outcomes = fire(60, n -> {
            try {
                ResultatInscription.Ligne l = inscriptions
                        .inscrire(
                                evenement.getId(),
                                new DemandeInscription(
                                        List.of(AssisesFixtures.participant("Refus" + n)),
                                        Set.of(atelier.getId()),
                                        n % 2 == 0,
                                        "fr"))
                        .lignes()
                        .get(0);
                return l.sessionsEnAttente().isEmpty() ? StatutInscription.CONFIRMEE : StatutInscription.EN_ATTENTE;
            } catch (SessionComplete refused) {
                return StatutInscription.REFUSEE;
            }
        });

        Map<StatutInscription, Long> counts = count(outcomes);
        assertThat(counts).containsEntry(StatutInscription.CONFIRMEE, 10L);
        long refused = counts.getOrDefault(StatutInscription.REFUSEE, 0L);
        long waiting = counts.getOrDefault(StatutInscription.EN_ATTENTE, 0L);
        assertThat(refused + waiting).isEqualTo(50);
        assertThat(refused).as("only those who refused the waitlist").isBetween(20L, 30L);
        assertThat(waiting).isBetween(20L, 30L);
        assertThat(fixtures.placesPrisesSession(atelier.getId())).isEqualTo(10);
        assertThat(fixtures.placesPrises(evenement.getId()))
                .as("an event seat for each person registered, none for the refused")
                .isEqualTo(60 - (int) refused);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM assises_inscription WHERE evenement_id = ?",
                        Integer.class,
                        evenement.getId()))
                .isEqualTo(60 - (int) refused);
    }

    @Test
    void the_same_person_registering_many_times_at_once_takes_one_seat() throws Exception {
        Evenement evenement = fixtures.evenement(5);
        String nom = "Double" + AssisesFixtures.token();
        Participant same = AssisesFixtures.participant(nom);

        // 30 requests at once for one address, in lower and upper case: they share batches, so the batch
        // must see the registration it has just made, not only those already in the database.
        List<Boolean> already = new ArrayList<>();
        List<StatutInscription> outcomes = fire(30, n -> {
            Participant p = n % 2 == 0
                    ? same
                    : new Participant(
                            same.prenom(),
                            same.nom(),
                            same.email().toUpperCase(java.util.Locale.ROOT),
                            same.organisation(),
                            same.categorie(),
                            null,
                            null,
                            null);
            ResultatInscription.Ligne l = inscriptions
                    .inscrire(evenement.getId(), new DemandeInscription(List.of(p), Set.of(), true, "fr"))
                    .lignes()
                    .get(0);
            synchronized (already) {
                already.add(l.dejaInscrit());
            }
            return l.statut();
        });

        assertThat(outcomes).containsOnly(StatutInscription.CONFIRMEE);
        assertThat(already).as("one registered, 29 told they already are").containsOnlyOnce(false);
        assertThat(fixtures.placesPrises(evenement.getId())).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM assises_inscription WHERE evenement_id = ?",
                        Integer.class,
                        evenement.getId()))
                .isEqualTo(1);
    }

    private static List<StatutInscription> fire(int n, Function<Integer, StatutInscription> registration)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<StatutInscription>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            futures.add(pool.submit(() -> {
                start.await();
                return registration.apply(k);
            }));
        }
        start.countDown();
        List<StatutInscription> result = new ArrayList<>();
        for (Future<StatutInscription> f : futures) {
            result.add(f.get());
        }
        pool.shutdown();
        return result;
    }

    private static Map<StatutInscription, Long> count(List<StatutInscription> statuts) {
        return statuts.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
