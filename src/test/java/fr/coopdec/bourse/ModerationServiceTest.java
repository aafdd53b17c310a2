package fr.coopdec.bourse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.IntegrationTest;
import fr.coopdec.support.TestUsers;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ModerationServiceTest {

    @Autowired
    ModerationService moderation;

    @Autowired
    PosteService postes;

    @Autowired
    BourseFixtures fixtures;

    @Autowired
    TestUsers users;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    private FicheBourse soumise() {
        return fixtures.soumise(fixtures.francaise("Objectif " + AtlasFixtures.token(), List.of("BJ"), "SANTE"));
    }

    @Test
    void publication_goes_through_review_lasts_twelve_months_and_is_audited() {
        FicheBourse f = soumise();
        String admin = users.signInAs(Role.ADMIN, u -> {});

        FicheBourse revue = moderation.changerStatut(f.getId(), f.getVersion(), StatutFiche.EN_REVUE, null);
        FicheBourse publiee = moderation.changerStatut(f.getId(), revue.getVersion(), StatutFiche.PUBLIEE, null);

        assertThat(publiee.getStatut()).isEqualTo(StatutFiche.PUBLIEE);
        assertThat(publiee.getExpireLe()).isEqualTo(LocalDate.now().plusMonths(12));
        assertThat(publiee.getModereeLe()).isNotNull();
        assertThat(moderation.historique(f.getId()))
                .extracting(t -> t.getDe() + ">" + t.getVers() + " " + t.getPar())
                .containsExactly(
                        "A_CONFIRMER>SOUMISE " + f.getContactEmail(),
                        "SOUMISE>EN_REVUE " + admin,
                        "EN_REVUE>PUBLIEE " + admin);
        assertThat(fixtures.mails(f.getContactEmail()))
                .extracting(m -> m.getSujet())
                .anyMatch(s -> s.contains("est publiée"));
    }

    @Test
    void a_refusal_needs_a_reason_which_is_emailed_to_the_sender() {
        FicheBourse f = soumise();
        users.signInAs(Role.ADMIN, u -> {});

        assertThatThrownBy(() -> moderation.changerStatut(f.getId(), f.getVersion(), StatutFiche.REFUSEE, "  "))
                .hasMessageStartingWith("bourse.moderation.motif-requis");
        FicheBourse refusee = moderation.changerStatut(
                f.getId(), f.getVersion(), StatutFiche.REFUSEE, "La fiche ne précise pas les objectifs.");

        assertThat(refusee.getStatut()).isEqualTo(StatutFiche.REFUSEE);
        assertThat(moderation.historique(f.getId())).last().satisfies(t -> {
            assertThat(t.getVers()).isEqualTo(StatutFiche.REFUSEE);
            assertThat(t.getMotif()).isEqualTo("La fiche ne précise pas les objectifs.");
        });
        assertThat(fixtures.mails(f.getContactEmail())).last().satisfies(mail -> {
            assertThat(mail.getSujet()).contains("n’a pas été publiée");
            assertThat(mail.getCorps()).contains("La fiche ne précise pas les objectifs.");
        });
    }

    @Test
    void matched_and_archived_follow_publication_and_other_moves_are_refused() {
        FicheBourse f =
                fixtures.publiee(fixtures.francaise("Objectif " + AtlasFixtures.token(), List.of("SN"), "SANTE"));
        users.signInAs(Role.ADMIN, u -> {});

        assertThatThrownBy(() -> moderation.changerStatut(f.getId(), f.getVersion(), StatutFiche.EN_REVUE, null))
                .hasMessageStartingWith("bourse.moderation.transition-interdite");
        FicheBourse matched = moderation.changerStatut(f.getId(), f.getVersion(), StatutFiche.MISE_EN_RELATION, null);
        FicheBourse archived = moderation.changerStatut(f.getId(), matched.getVersion(), StatutFiche.ARCHIVEE, null);
        assertThat(archived.getStatut()).isEqualTo(StatutFiche.ARCHIVEE);
        assertThat(StatutFiche.ARCHIVEE.suivants()).isEmpty();
        assertThat(StatutFiche.SOUMISE.peutPasserA(StatutFiche.PUBLIEE)).isFalse();
    }

    @Test
    void a_stale_version_is_refused_and_so_are_users_other_than_daect() {
        FicheBourse f = soumise();
        users.signInAs(Role.ADMIN, u -> {});
        moderation.changerStatut(f.getId(), f.getVersion(), StatutFiche.EN_REVUE, null);
        assertThatThrownBy(() -> moderation.changerStatut(f.getId(), f.getVersion(), StatutFiche.PUBLIEE, null))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);

        users.signInAs(Role.POSTE, u -> u.setPays(fixtures.pays("BJ")));
        assertThatThrownBy(() -> moderation.changerStatut(f.getId(), f.getVersion() + 1, StatutFiche.PUBLIEE, null))
                .isInstanceOf(AccessDeniedException.class);
        users.signOut();
        assertThatThrownBy(() ->
                        moderation.file(FiltreFiches.aucun(), org.springframework.data.domain.PageRequest.of(0, 5)))
                .isInstanceOf(
                        org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void comments_are_internal_and_signed() {
        FicheBourse f = soumise();
        String admin = users.signInAs(Role.ADMIN, u -> {});
        moderation.commenter(f.getId(), "Appeler la mairie avant publication.");
        assertThat(moderation.commentaires(f.getId())).singleElement().satisfies(c -> assertThat(
                        c.getAuteur() + " " + c.getTexte())
                .isEqualTo(admin + " Appeler la mairie avant publication."));
    }

    @Test
    void renewal_adds_twelve_months_to_a_published_sheet() {
        FicheBourse f =
                fixtures.publiee(fixtures.francaise("Objectif " + AtlasFixtures.token(), List.of("SN"), "SANTE"));
        users.signInAs(Role.ADMIN, u -> {});
        assertThat(moderation.renouveler(f.getId()).getExpireLe())
                .isEqualTo(f.getExpireLe().plusMonths(12));
    }
}
