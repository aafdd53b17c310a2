package fr.coopdec.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.IntegrationTest;
import fr.coopdec.support.TestUsers;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox dispatcher against a real SMTP server that stops, comes back, hangs, and two "servers" sharing the outbox. */
@IntegrationTest
class MailDispatcherTest {

    @Autowired
    MailService mailService;

    @Autowired
    MailSortantRepository outbox;

    @Autowired
    ApplicationContext context;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TestUsers users;

    private final String domain = "d" + UUID.randomUUID().toString().substring(0, 8) + ".test.coopdec.fr";
    private final List<AutoCloseable> closing = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : closing) {
            c.close();
        }
        users.signOut();
    }

    @Test
    void with_the_smtp_server_down_mails_are_retried_with_back_off_and_go_out_once_it_is_back() throws Exception {
        int port = MailTesting.freePort();
        MailTesting.parkOthers(context);
        MailDispatcher dispatcher = start(port, MailTesting.patient());
        String to = "a@" + domain;
        mailService.send(to, "Sujet", "Corps");
        MailTesting.await(Duration.ofSeconds(10), () -> mail(to).getTentatives() >= 2);
        assertThat(mail(to).getStatut()).isEqualTo(StatutMail.A_ENVOYER);
        assertThat(mail(to).getErreur()).doesNotContain(to).doesNotContain("@");

        GreenMail smtp = greenMail(port);
        MailTesting.await(Duration.ofSeconds(10), () -> mail(to).getStatut() == StatutMail.ENVOYE);
        Thread.sleep(300);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        dispatcher.stop();
    }

    @Test
    void after_the_last_attempt_the_mail_is_failed_and_daect_can_resend_it() throws Exception {
        int port = MailTesting.freePort();
        MailTesting.parkOthers(context);
        start(port, MailTesting.fast());
        String to = "b@" + domain;
        long id = mailService.send(to, "Sujet", "Corps").getId();
        MailTesting.await(Duration.ofSeconds(10), () -> mail(to).getStatut() == StatutMail.ECHEC);
        assertThat(mail(to).getTentatives()).isEqualTo(3);
        assertThat(mail(to).getErreur()).isNotBlank();

        users.signInAs(Role.POSTE, u -> {});
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> mailService.resend(id))
                .isInstanceOf(AccessDeniedException.class);
        GreenMail smtp = greenMail(port);
        users.signInAs(Role.ADMIN, u -> {});
        assertThat(mailService.resend(id)).isTrue();
        MailTesting.await(Duration.ofSeconds(10), () -> mail(to).getStatut() == StatutMail.ENVOYE);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(mailService.resend(id)).as("only a failed mail is resent").isFalse();
    }

    @Test
    void a_hung_smtp_server_is_cut_off_by_the_timeout_and_the_mail_retried() throws Exception {
        ServerSocket hung = new ServerSocket(0);
        List<Socket> accepted = new ArrayList<>();
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    accepted.add(hung.accept()); // never says a word
                }
            } catch (IOException closed) {
                // the test is over
            }
        });
        acceptor.start();
        closing.add(hung);
        MailTesting.parkOthers(context);
        start(hung.getLocalPort(), MailTesting.fast());
        String to = "c@" + domain;
        long t0 = System.nanoTime();
        mailService.send(to, "Sujet", "Corps");
        assertThat(Duration.ofNanos(System.nanoTime() - t0))
                .as("the writer never waits for SMTP")
                .isLessThan(Duration.ofSeconds(1));
        MailTesting.await(Duration.ofSeconds(15), () -> mail(to).getTentatives() >= 1);
        assertThat(mail(to).getErreur()).matches("(?is).*time(d)? ?out.*");
        assertThat(accepted).isNotEmpty();
    }

    @Test
    void two_servers_sharing_the_outbox_send_each_mail_exactly_once() throws Exception {
        int port = MailTesting.freePort();
        GreenMail smtp = greenMail(port);
        MailTesting.parkOthers(context);
        int n = 150;
        transactions.executeWithoutResult(tx -> {
            for (int i = 0; i < n; i++) {
                mailService.send("p" + i + "@" + domain, "Sujet " + i, "Corps " + i);
            }
        });
        // SMTP timeout well above what a loaded CI machine needs for one exchange: a timeout after the
        // server accepted a mail is a retry, i.e. a legitimate second copy (delivery is at least once).
        MailDispatchSettings settings = new MailDispatchSettings(
                true,
                Duration.ofSeconds(15),
                3,
                5,
                Duration.ofSeconds(60),
                Duration.ofMillis(20),
                3,
                Duration.ofMillis(100),
                Duration.ofMillis(400));
        start(port, settings);
        start(port, settings);
        MailTesting.await(
                Duration.ofSeconds(60),
                () -> Arrays.stream(smtp.getReceivedMessages())
                                .filter(m -> MailTesting.recipient(m).endsWith(domain))
                                .count()
                        >= n);
        Thread.sleep(300);
        Map<String, Long> perRecipient = Arrays.stream(smtp.getReceivedMessages())
                .map(MailTesting::recipient)
                .filter(r -> r.endsWith(domain))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<String> twice = perRecipient.entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .map(e -> e.getKey() + " x" + e.getValue() + " (attempts "
                        + mail(e.getKey()).getTentatives() + ", "
                        + mail(e.getKey()).getErreur() + ")")
                .toList();
        assertThat(twice).as("mails received more than once").isEmpty();
        assertThat(perRecipient).hasSize(n);
    }

    @Test
    void errors_are_written_without_addresses() {
        String redacted = MailDispatcher.redact(new org.springframework.mail.MailSendException(
                "550 Invalid recipient <awa.diallo@example.org>",
                new RuntimeException("rejected: awa.diallo@example.org")));
        assertThat(redacted)
                .doesNotContain("awa")
                .doesNotContain("example.org")
                .contains("550 Invalid recipient", "<adresse>");
    }

    private MailDispatcher start(int port, MailDispatchSettings settings) {
        MailDispatcher dispatcher = MailTesting.dispatcher(context, port, settings);
        dispatcher.start();
        closing.add(0, dispatcher::stop);
        return dispatcher;
    }

    private GreenMail greenMail(int port) {
        GreenMail smtp = MailTesting.smtpServer(port, Duration.ZERO, new java.util.concurrent.CountDownLatch(0));
        closing.add(smtp::stop);
        return smtp;
    }

    private MailSortant mail(String to) {
        return outbox.findByDestinataireOrderByIdAsc(to).get(0);
    }
}
