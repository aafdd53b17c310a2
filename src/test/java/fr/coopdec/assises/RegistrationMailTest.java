package fr.coopdec.assises;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import fr.coopdec.shared.mail.MailDispatcher;
import fr.coopdec.shared.mail.MailTesting;
import fr.coopdec.support.IntegrationTest;
import fr.coopdec.support.TestUsers;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Registrations with a real SMTP server in the loop (GreenMail in the test JVM): the mails' content;
 * the server stopped, then back; a slow server. Registration never waits for SMTP.
 */
@IntegrationTest
class RegistrationMailTest {

    @Autowired
    InscriptionService inscriptions;

    @Autowired
    ParticipantsService participants;

    @Autowired
    AssisesFixtures fixtures;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestUsers users;

    private final List<AutoCloseable> closing = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : closing) {
            c.close();
        }
        users.signOut();
    }

    @Test
    void with_the_smtp_server_stopped_registrations_succeed_at_full_speed_and_the_mails_go_out_once_it_is_back()
            throws Exception {
        int port = MailTesting.freePort();
        MailTesting.parkOthers(context);
        start(port, MailTesting.patient());
        Evenement e = fixtures.evenement(20);
        String marque = AssisesFixtures.token();

        long elapsed = register(e, 30, marque, 6);

        assertThat(Duration.ofNanos(elapsed))
                .as("30 registrations while SMTP is down")
                .isLessThan(Duration.ofSeconds(15));
        assertThat(fixtures.placesPrises(e.getId())).isEqualTo(20);
        MailTesting.await(
                Duration.ofSeconds(10),
                () -> jdbc.queryForObject(
                                "SELECT MIN(tentatives) FROM mail_sortant WHERE reference = ?",
                                Integer.class,
                                AssisesMails.reference(e.getId()))
                        >= 1);
        GreenMail smtp = greenMail(port, Duration.ZERO);
        MailTesting.await(Duration.ofSeconds(30), () -> smtp.getReceivedMessages().length >= 30);
        Thread.sleep(300);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(30);
        assertThat(Arrays.stream(received).map(MailTesting::subject))
                .filteredOn(s -> s.startsWith("Inscription confirmée : "))
                .hasSize(20);
        assertThat(Arrays.stream(received).map(MailTesting::subject))
                .filteredOn(s -> s.equals("Liste d’attente : " + e.getTitre()))
                .hasSize(10);
        String jeton = jdbc.queryForObject(
                "SELECT jeton FROM assises_inscription WHERE evenement_id = ? ORDER BY id LIMIT 1",
                String.class,
                e.getId());
        String email =
                jdbc.queryForObject("SELECT email FROM assises_inscription WHERE jeton = ?", String.class, jeton);
        MimeMessage first = Arrays.stream(received)
                .filter(m -> MailTesting.recipient(m).equals(email))
                .findFirst()
                .orElseThrow();
        assertThat((String) first.getContent())
                .contains(
                        "Bonjour Awa", "est confirmée", "/assises/inscription/" + jeton, "merci de ne pas y répondre");
    }

    @Test
    void a_slow_smtp_server_does_not_slow_registrations_down() throws Exception {
        int port = MailTesting.freePort();
        MailTesting.parkOthers(context);
        java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);
        GreenMail slow = greenMail(port, Duration.ofMillis(200), gate);
        Evenement sansSmtp = fixtures.evenement(100);
        long baseline = register(sansSmtp, 40, AssisesFixtures.token(), 8);
        MailTesting.parkOthers(context);
        start(
                port,
                new fr.coopdec.shared.mail.MailDispatchSettings(
                        true,
                        Duration.ofSeconds(60),
                        2,
                        10,
                        Duration.ofMinutes(5),
                        Duration.ofMillis(50),
                        3,
                        Duration.ofMillis(100),
                        Duration.ofMillis(300)));
        Evenement e = fixtures.evenement(100);

        // The server takes 200 ms per mail and, until the gate opens, does not finish any: every
        // registration must complete all the same (a registration that sent its mail would wait here).
        long withSlowSmtp = register(e, 40, AssisesFixtures.token(), 8);
        assertThat(slow.getReceivedMessages())
                .as("no mail accepted yet, all registrations done")
                .isEmpty();
        assertThat(fixtures.placesPrises(e.getId())).isEqualTo(40);

        System.out.printf(
                "40 registrations: %d ms without SMTP, %d ms with an SMTP server taking 200 ms per mail (held back)%n",
                baseline / 1_000_000, withSlowSmtp / 1_000_000);
        // Loose: the machine running the tests may be loaded; a registration waiting for SMTP would never end.
        assertThat(withSlowSmtp).isLessThan(3 * baseline + 2_000_000_000L);
        gate.countDown();
        MailTesting.await(Duration.ofSeconds(60), () -> slow.getReceivedMessages().length >= 40);
    }

    @Test
    void an_organiser_sees_the_failed_mails_of_its_event_and_resends_them() throws Exception {
        int port = MailTesting.freePort();
        MailTesting.parkOthers(context);
        start(port, MailTesting.fast());
        Evenement e = fixtures.evenement(5);
        Evenement autre = fixtures.evenement(5);
        var inscrit = fixtures.inscrire(e, "Echec " + AssisesFixtures.token(), true);
        MailTesting.await(
                Duration.ofSeconds(15),
                () -> jdbc.queryForObject(
                                "SELECT COUNT(*) FROM mail_sortant WHERE reference = ?" + " AND statut = 'ECHEC'",
                                Integer.class,
                                AssisesMails.reference(e.getId()))
                        == 1);
        users.signIn(fixtures.organisateur(e));
        var echecs = participants.courrielsEnEchec(e.getId());
        assertThat(echecs).singleElement().satisfies(m -> assertThat(m.getCorps())
                .contains(inscrit.jeton()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> participants.courrielsEnEchec(autre.getId()))
                .isInstanceOf(fr.coopdec.shared.BusinessException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> participants.renvoyerCourriel(
                        autre.getId(), echecs.get(0).getId()))
                .isInstanceOf(fr.coopdec.shared.BusinessException.class);

        GreenMail smtp = greenMail(port, Duration.ZERO);
        participants.renvoyerCourriel(e.getId(), echecs.get(0).getId());
        MailTesting.await(Duration.ofSeconds(10), () -> smtp.getReceivedMessages().length == 1);
        assertThat(participants.courrielsEnEchec(e.getId())).isEmpty();
    }

    /** Registers n people from {@code threads} threads; returns the elapsed nanoseconds. */
    private long register(Evenement e, int n, String marque, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            String nom = "Courriel " + marque + " " + i;
            futures.add(pool.submit(() -> inscriptions.inscrire(
                    e.getId(),
                    new DemandeInscription(List.of(AssisesFixtures.participant(nom)), Set.of(), true, "fr"))));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        long elapsed = System.nanoTime() - t0;
        pool.shutdown();
        return elapsed;
    }

    private void start(int port, fr.coopdec.shared.mail.MailDispatchSettings settings) {
        MailDispatcher dispatcher = MailTesting.dispatcher(context, port, settings);
        dispatcher.start();
        closing.add(0, dispatcher::stop);
    }

    private GreenMail greenMail(int port, Duration delay) {
        return greenMail(port, delay, new java.util.concurrent.CountDownLatch(0));
    }

    private GreenMail greenMail(int port, Duration delay, java.util.concurrent.CountDownLatch gate) {
        GreenMail smtp = MailTesting.smtpServer(port, delay, gate);
        closing.add(smtp::stop);
        return smtp;
    }
}
