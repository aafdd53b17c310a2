package fr.coopdec.shared.logging;

import static org.assertj.core.api.Assertions.assertThat;

import fr.coopdec.assises.AssisesFixtures;
import fr.coopdec.assises.CategorieParticipant;
import fr.coopdec.assises.DemandeInscription;
import fr.coopdec.assises.Evenement;
import fr.coopdec.assises.InscriptionService;
import fr.coopdec.assises.Participant;
import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.bourse.BourseFixtures;
import fr.coopdec.bourse.FicheBourse;
import fr.coopdec.bourse.SoumissionService;
import fr.coopdec.support.IntegrationTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The log of a public registration and of a Bourse submission, at the level production runs
 * (fr.coopdec at INFO), holds neither the e-mail address, nor the name, nor the phone number sent.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class NoPersonalDataInLogsTest {

    @Autowired
    InscriptionService inscriptions;

    @Autowired
    AssisesFixtures assises;

    @Autowired
    SoumissionService soumissions;

    @Autowired
    BourseFixtures bourse;

    @Test
    void an_assises_registration_logs_no_personal_data(CapturedOutput output) {
        Evenement event = assises.evenement(50);
        String token = AtlasFixtures.token().toLowerCase();
        String email = "awa.logscan" + token + "@mairie-bohicon.bj";
        Participant person = new Participant(
                "Awa" + token,
                "Logscan" + token,
                email,
                "Commune de Bohicon",
                CategorieParticipant.COLLECTIVITE_PARTENAIRE,
                null,
                null,
                null);
        int before = output.length();

        inscriptions.inscrire(event.getId(), new DemandeInscription(List.of(person), Set.of(), false, "fr"));

        String log = output.toString().substring(before);
        assertThat(log)
                .as("log written while registering")
                .isNotNull()
                .doesNotContainIgnoringCase(email)
                .doesNotContain("Logscan" + token)
                .doesNotContain("Awa" + token);
    }

    @Test
    void a_bourse_submission_logs_no_personal_data(CapturedOutput output) {
        FicheBourse fiche = bourse.francaise("Objectif " + AtlasFixtures.token(), List.of("BJ"), "EAU_ASSAINISSEMENT");
        String email = fiche.getContactEmail();
        int before = output.length();

        soumissions.soumettre(fiche, List.of(), BourseFixtures.ip(), "").orElseThrow();

        String log = output.toString().substring(before);
        assertThat(log).doesNotContainIgnoringCase(email);
        if (fiche.getContactTelephone() != null && !fiche.getContactTelephone().isBlank()) {
            assertThat(log).doesNotContain(fiche.getContactTelephone());
        }
    }
}
