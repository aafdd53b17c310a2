package fr.coopdec.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.coopdec.support.IntegrationTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class MailServiceTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    MailService mailService;

    @Autowired
    MailSortantRepository outbox;

    @Autowired
    ApplicationContext context;

    @Autowired
    TransactionTemplate transactions;

    private final String to = "mairie-" + UUID.randomUUID() + "@test.coopdec.fr";

    @Test
    void without_smtp_server_the_mail_waits_in_the_outbox_and_is_never_sent() {
        mailService.send(to, "Sujet", "Corps du message");

        assertThat(outbox.findByDestinataireOrderByIdAsc(to)).singleElement().satisfies(mail -> {
            assertThat(mail.getSujet()).isEqualTo("Sujet");
            assertThat(mail.getCorps()).isEqualTo("Corps du message");
            assertThat(mail.getStatut()).isEqualTo(StatutMail.A_ENVOYER);
            assertThat(mail.isSent()).isFalse();
            assertThat(mail.getErreur()).isNull();
            assertThat(mail.getCreatedAt()).isNotNull();
        });
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void with_an_smtp_server_the_mail_is_delivered_after_commit_and_marked_sent() throws Exception {
        MailTesting.parkOthers(context);
        MailDispatcher dispatcher =
                MailTesting.dispatcher(context, greenMail.getSmtp().getPort(), MailTesting.fast());
        dispatcher.start();
        try {
            transactions.executeWithoutResult(tx -> mailService.send(
                    to,
                    "Relance « Lyon – Porto-Novo »",
                    "Mettez la fiche à jour : http://localhost:8080/atlas/partenariats/42/modifier"));
            MailTesting.await(
                    Duration.ofSeconds(10),
                    () -> greenMail.getReceivedMessages().length == 1
                            && outbox.findByDestinataireOrderByIdAsc(to).get(0).isSent());
        } finally {
            dispatcher.stop();
        }

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getRecipients(Message.RecipientType.TO))
                .extracting(Object::toString)
                .containsExactly(to);
        assertThat(received[0].getFrom()).extracting(Object::toString).containsExactly("noreply@coopdec.fr");
        assertThat(received[0].getSubject()).isEqualTo("Relance « Lyon – Porto-Novo »");
        assertThat((String) received[0].getContent()).contains("http://localhost:8080/atlas/partenariats/42/modifier");
        assertThat(outbox.findByDestinataireOrderByIdAsc(to)).singleElement().satisfies(mail -> {
            assertThat(mail.getStatut()).isEqualTo(StatutMail.ENVOYE);
            assertThat(mail.getTentatives()).isEqualTo(1);
        });
    }

    @Test
    void a_rolled_back_transaction_sends_nothing() throws Exception {
        MailTesting.parkOthers(context);
        MailDispatcher dispatcher =
                MailTesting.dispatcher(context, greenMail.getSmtp().getPort(), MailTesting.fast());
        dispatcher.start();
        try {
            transactions.executeWithoutResult(tx -> {
                mailService.send(to, "Sujet", "Corps");
                tx.setRollbackOnly();
            });
            Thread.sleep(300);
        } finally {
            dispatcher.stop();
        }
        assertThat(outbox.findByDestinataireOrderByIdAsc(to)).isEmpty();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }
}
