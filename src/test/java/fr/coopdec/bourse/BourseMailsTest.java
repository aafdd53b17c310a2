package fr.coopdec.bourse;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.shared.mail.MailTesting;
import fr.coopdec.support.IntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** The Bourse's mails as a real SMTP server (GreenMail) receives them. */
@IntegrationTest
class BourseMailsTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    ApplicationContext context;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    BourseFixtures fixtures;

    @Autowired
    SoumissionService soumission;

    private BourseMails smtp() {
        return new BourseMails(
                MailTesting.smtp(context, "127.0.0.1", greenMail.getSmtp().getPort()), "https://coopdec.example.fr");
    }

    @Test
    void the_confirmation_mail_carries_the_one_time_link() throws Exception {
        FicheBourse f = soumission
                .soumettre(
                        fixtures.francaise("Objectif " + AtlasFixtures.token(), List.of("BJ"), "SANTE"),
                        List.of(),
                        BourseFixtures.ip(),
                        null)
                .orElseThrow();

        transactions.executeWithoutResult(tx -> smtp().confirmation(f));

        MimeMessage mail = greenMail.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(f.getContactEmail());
        assertThat(mail.getSubject()).isEqualTo("Bourse-partenariat : confirmez l’envoi de la fiche « Lyon »");
        assertThat((String) mail.getContent())
                .contains("https://coopdec.example.fr/bourse/confirmer/" + f.getConfirmationToken())
                .contains("il ne sert qu’une fois");
    }

    @Test
    void the_refusal_mail_gives_the_reason_and_the_digest_lists_the_sheets() throws Exception {
        FicheBourse f =
                fixtures.publiee(fixtures.francaise("Objectif " + AtlasFixtures.token(), List.of("BJ"), "SANTE"));
        f.refuser("Objectifs trop vagues.");

        transactions.executeWithoutResult(tx -> {
            smtp().refus(f);
            smtp().digest("poste@bj.example", "Bénin", List.of(f));
        });

        MimeMessage[] mails = greenMail.getReceivedMessages();
        assertThat(mails).hasSize(2);
        assertThat(mails[0].getSubject()).isEqualTo("Bourse-partenariat : votre fiche « Lyon » n’a pas été publiée");
        assertThat((String) mails[0].getContent())
                .contains("pour le motif suivant :")
                .contains("Objectifs trop vagues.");
        assertThat(mails[1].getSubject()).isEqualTo("Bourse-partenariat : les fiches de la semaine pour Bénin");
        assertThat((String) mails[1].getContent())
                .contains("1 fiche(s) ciblant Bénin")
                .contains("- Lyon : https://coopdec.example.fr/bourse/fiches/" + f.getId());
    }
}
