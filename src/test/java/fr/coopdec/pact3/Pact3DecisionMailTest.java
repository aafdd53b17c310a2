package fr.coopdec.pact3;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.coopdec.security.UtilisateurService;
import fr.coopdec.shared.mail.MailTesting;
import fr.coopdec.support.IntegrationTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** The decision's reason reaches the applicant over SMTP (GreenMail), in French. */
@IntegrationTest
class Pact3DecisionMailTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    Pact3Fixtures fixtures;

    @Autowired
    ApplicationContext context;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JureRepository jures;

    @Autowired
    CandidatureRepository candidatures;

    @Autowired
    UtilisateurService utilisateurs;

    @Autowired
    Pact3Scope scope;

    @Test
    void the_label_decision_and_its_reason_are_mailed_to_the_applicant() throws Exception {
        String email = fixtures.collectivite("69123");
        Candidature c = fixtures.soumise(fixtures.appelOuvert(), email);
        fixtures.jureNote(c, 5, 4);
        JuryService smtpJury = new JuryService(
                jures,
                candidatures,
                utilisateurs,
                MailTesting.smtp(context, "127.0.0.1", greenMail.getSmtp().getPort()),
                scope,
                Clock.systemDefaultZone());

        fixtures.asAdmin(() -> transactions.execute(tx -> smtpJury.decider(c.getId(), true, "Coopération exemplaire")));

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getRecipients(Message.RecipientType.TO))
                .extracting(Object::toString)
                .containsExactly(email);
        assertThat(received[0].getSubject()).isEqualTo("PACT3 : votre collectivité est labellisée");
        assertThat(received[0].getContent().toString()).contains("Coopération exemplaire");
    }
}
