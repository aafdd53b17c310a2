package fr.coopdec.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.mail.MailTesting;
import fr.coopdec.shared.security.CurrentUser;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.IntegrationTest;
import fr.coopdec.support.TestUsers;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class RelanceServiceTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    RelanceService service;

    @Autowired
    AtlasFixtures fixtures;

    @Autowired
    StaleData stale;

    @Autowired
    TestUsers users;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void cleanUp() {
        users.signOut();
        stale.freshenAll();
    }

    @Test
    void the_reminder_goes_to_the_staff_contact_and_is_recorded() {
        Partenariat p = stalePartnership("BJ");
        String staff = "ri-" + AtlasFixtures.token() + "@lyon.fr";
        String elected = "elu-" + AtlasFixtures.token() + "@lyon.fr";
        stale.age(p.getId(), 3, staff, elected);
        String admin = users.signInAs(Role.ADMIN, u -> {});

        Relance relance = service.sendReminder(p.getId());

        assertThat(relance.getRecipient()).isEqualTo(staff);
        assertThat(relance.getSentBy()).isEqualTo(admin);
        assertThat(relance.getSentAt()).isNotNull();
        assertThat(stale.mailsTo(staff)).isEqualTo(1);
        assertThat(stale.mailsTo(elected)).isZero();
    }

    @Test
    void without_staff_contact_the_elected_official_is_reminded_and_without_any_the_reminder_is_refused() {
        Partenariat p = stalePartnership("BJ");
        String elected = "elu-" + AtlasFixtures.token() + "@lyon.fr";
        stale.age(p.getId(), 3, null, elected);
        Partenariat noContact = stalePartnership("BJ");
        stale.age(noContact.getId(), 3, null, null);
        users.signInAs(Role.ADMIN, u -> {});

        assertThat(service.sendReminder(p.getId()).getRecipient()).isEqualTo(elected);
        assertThatThrownBy(() -> service.sendReminder(noContact.getId()))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("atlas.fraicheur.sans-contact");
    }

    @Test
    void a_second_reminder_within_thirty_days_is_refused() {
        Partenariat p = stalePartnership("BJ");
        String staff = "ri-" + AtlasFixtures.token() + "@lyon.fr";
        stale.age(p.getId(), 3, staff, null);
        users.signInAs(Role.ADMIN, u -> {});
        service.sendReminder(p.getId());

        assertThatThrownBy(() -> service.sendReminder(p.getId()))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("atlas.fraicheur.relance-recente");
        assertThat(stale.mailsTo(staff)).isEqualTo(1);
    }

    @Test
    void embassy_post_reminds_partnerships_of_its_country_only() {
        Partenariat benin = stalePartnership("BJ");
        Partenariat senegal = stalePartnership("SN");
        String beninStaff = "ri-" + AtlasFixtures.token() + "@lyon.fr";
        String senegalStaff = "ri-" + AtlasFixtures.token() + "@lyon.fr";
        stale.age(benin.getId(), 3, beninStaff, null);
        stale.age(senegal.getId(), 3, senegalStaff, null);
        users.signInAs(Role.POSTE, u -> u.setPays(fixtures.pays("BJ")));

        assertThat(service.sendReminder(benin.getId()).getRecipient()).isEqualTo(beninStaff);
        assertThatThrownBy(() -> service.sendReminder(senegal.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(stale.mailsTo(senegalStaff)).isZero();

        users.signInAs(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(fixtures.commune("69123")));
        assertThatThrownBy(() -> service.sendReminder(senegal.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_mail_received_over_smtp_names_the_partnership_and_links_to_its_edit_page() throws Exception {
        Partenariat p = stalePartnership("BJ");
        String staff = "ri-" + AtlasFixtures.token() + "@lyon.fr";
        stale.age(p.getId(), 3, staff, null);
        RelanceService smtp = new RelanceService(
                context.getBean(PartenariatRepository.class),
                context.getBean(RelanceRepository.class),
                context.getBean(AtlasScope.class),
                context.getBean(CurrentUser.class),
                MailTesting.smtp(context, "127.0.0.1", greenMail.getSmtp().getPort()),
                Clock.systemUTC(),
                "https://coopdec.example.fr/");
        users.signInAs(Role.ADMIN, u -> {});

        context.getBean(TransactionTemplate.class).executeWithoutResult(tx -> smtp.sendReminder(p.getId()));

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getRecipients(Message.RecipientType.TO))
                .extracting(Object::toString)
                .containsExactly(staff);
        assertThat(received[0].getSubject())
                .isEqualTo(
                        "Atlas de la coopération décentralisée : merci de mettre à jour « " + p.getIntitule() + " »");
        assertThat((String) received[0].getContent())
                .contains("https://coopdec.example.fr/atlas/partenariats/" + p.getId() + "/modifier")
                .contains("« " + p.getIntitule() + " » (Lyon)");
    }

    private Partenariat stalePartnership(String alpha2) {
        return fixtures.partenariat("Relance " + AtlasFixtures.token(), fixtures.commune("69123"), alpha2);
    }
}
