package fr.coopdec.pact3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.shared.security.Role;
import fr.coopdec.shared.ui.ErrorNotifier;
import fr.coopdec.support.IntegrationTest;
import fr.coopdec.support.TestUsers;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class Pact3AttachmentsTest {

    @Autowired
    Pact3Fixtures fixtures;

    @Autowired
    TestUsers users;

    @Autowired
    CandidatureService candidatures;

    @Autowired
    JuryService jury;

    @Autowired
    PieceJointeService pieces;

    @Autowired
    AppelPact3Service appels;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void attachments_are_read_by_daect_the_applicant_and_assigned_jurors_only() {
        Appel appel = fixtures.appelOuvert();
        String lyon = fixtures.collectivite("69123");
        users.signIn(lyon);
        Candidature draft = candidatures.brouillon(appel.getId());
        PieceJointeInfo info = candidatures.joindre(
                draft.getId(), "budget.pdf", "application/pdf", "%PDF-1.4 budget".getBytes(StandardCharsets.UTF_8));
        users.signOut();
        Candidature submitted = fixtures.soumise(appel, lyon);
        String juror = users.create(Role.AFD);
        fixtures.asAdmin(() -> jury.assigner(submitted.getId(), juror));

        for (String reader : new String[] {lyon, juror}) {
            users.signIn(reader);
            assertThat(pieces.deCandidature(draft.getId()))
                    .extracting(PieceJointeInfo::nomFichier)
                    .containsExactly("budget.pdf");
            assertThat(new String(pieces.telecharger(info.id()).getContenu(), StandardCharsets.UTF_8))
                    .isEqualTo("%PDF-1.4 budget");
        }
        assertThat(fixtures.asAdmin(() -> pieces.deCandidature(draft.getId()))).hasSize(1);

        users.signIn(fixtures.collectivite("33063"));
        assertThatThrownBy(() -> pieces.telecharger(info.id())).isInstanceOf(AccessDeniedException.class);
        users.signIn(users.create(Role.AFD));
        assertThatThrownBy(() -> pieces.deCandidature(draft.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_submitted_application_takes_no_more_attachments() {
        String lyon = fixtures.collectivite("69123");
        Candidature submitted = fixtures.soumise(fixtures.appelOuvert(), lyon);
        users.signIn(lyon);
        assertThatThrownBy(() -> candidatures.joindre(submitted.getId(), "tard.pdf", "application/pdf", new byte[] {1}))
                .hasMessageContaining("pact3.candidature.deja-soumise");
    }

    @Test
    void a_stale_call_is_not_saved_over_a_newer_one_and_the_user_is_told_in_french() {
        Appel appel = fixtures.appelOuvert();
        Appel first = fixtures.asAdmin(() -> appels.findById(appel.getId()).orElseThrow());
        Appel second = fixtures.asAdmin(() -> appels.findById(appel.getId()).orElseThrow());
        first.setPlafondMission(new BigDecimal("9000"));
        fixtures.asAdmin(() -> appels.save(first));
        second.setIntitule("Appel concurrent " + AtlasFixtures.token());

        assertThatThrownBy(() -> fixtures.asAdmin(() -> appels.save(second)))
                .satisfies(error -> assertThat(ErrorNotifier.messageFor(error, Locale.FRENCH))
                        .startsWith("Quelqu’un d’autre a modifié cette fiche"));
        assertThat(fixtures.asAdmin(() -> appels.findById(appel.getId()).orElseThrow())
                        .getPlafondMission())
                .isEqualByComparingTo("9000");
    }
}
