package fr.coopdec.ficol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.IntegrationTest;
import fr.coopdec.support.TestUsers;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Who sees which files: each role both ways, in the query itself. */
@IntegrationTest
class FicolScopeTest {

    @Autowired
    FicolFixtures fixtures;

    @Autowired
    AtlasFixtures atlas;

    @Autowired
    TestUsers users;

    @Autowired
    FicolDossierService dossiers;

    @Autowired
    FicolStatistiques statistiques;

    @Autowired
    FicolWorkflowService workflow;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void an_authority_sees_its_own_files_and_those_it_takes_part_in_only() {
        FicolDossier lyon = fixtures.brouillon("69123", "BJ", 350_000);
        FicolDossier nantes = fixtures.brouillon("44109", "SN", 350_000);
        nantes.setMembres(Set.of(atlas.commune("33063")));
        dossiers.enregistrer(nantes);

        fixtures.signInCollectivite("69123");
        assertThat(ids()).contains(lyon.getId()).doesNotContain(nantes.getId());
        fixtures.signInCollectivite("44109");
        assertThat(ids()).contains(nantes.getId()).doesNotContain(lyon.getId());
        fixtures.signInCollectivite("33063");
        assertThat(ids()).contains(nantes.getId()).doesNotContain(lyon.getId());
        assertThat(dossiers.get(nantes.getId()).getIntitule()).isEqualTo(nantes.getIntitule());
    }

    @Test
    void an_embassy_post_sees_the_files_of_its_country_only() {
        FicolDossier benin = fixtures.brouillon("69123", "BJ", 350_000);
        workflow.deposer(benin.getId());
        FicolDossier senegal = fixtures.brouillon("69123", "SN", 350_000);
        workflow.deposer(senegal.getId());
        users.signInAs(Role.POSTE, u -> u.setPays(atlas.pays("SN")));
        assertThat(ids()).contains(senegal.getId()).doesNotContain(benin.getId());
        assertThatThrownBy(() -> dossiers.get(benin.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(statistiques.parPays()).extracting(FicolAgregat::cle).containsOnly("Sénégal");
    }

    @Test
    void the_list_narrowed_to_a_country_holds_that_countrys_files_only() {
        FicolDossier senegal = fixtures.brouillon("69123", "SN", 350_000);
        FicolDossier benin = fixtures.brouillon("69123", "BJ", 350_000);
        fixtures.signInAs(Role.ADMIN);
        long sn = atlas.pays("SN").getId();

        var files =
                dossiers.find(new FicolFilter(null, null, sn), org.springframework.data.domain.PageRequest.of(0, 500));

        assertThat(files.getContent())
                .extracting(d -> d.getPays().getCodeAlpha2())
                .containsOnly("SN");
        assertThat(files.getContent())
                .extracting(FicolDossier::getId)
                .contains(senegal.getId())
                .doesNotContain(benin.getId());
    }

    @Test
    void afd_and_daect_see_every_file_and_other_roles_none() {
        FicolDossier benin = fixtures.brouillon("69123", "BJ", 350_000);
        FicolDossier senegal = fixtures.brouillon("44109", "SN", 350_000);
        fixtures.signInAs(Role.AFD);
        assertThat(ids()).contains(benin.getId(), senegal.getId());
        fixtures.signInAs(Role.ADMIN);
        assertThat(ids()).contains(benin.getId(), senegal.getId());
        fixtures.signInAs(Role.VOLONTARIAT);
        assertThatThrownBy(this::ids).isInstanceOf(AccessDeniedException.class);
        fixtures.signOut();
        assertThatThrownBy(this::ids)
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void authorities_do_not_read_the_dashboard() {
        fixtures.signInCollectivite("69123");
        assertThatThrownBy(() -> statistiques.parAnnee()).isInstanceOf(AccessDeniedException.class);
    }

    private List<Long> ids() {
        return dossiers.find(FicolFilter.all(), PageRequest.of(0, 1000))
                .map(FicolDossier::getId)
                .getContent();
    }
}
