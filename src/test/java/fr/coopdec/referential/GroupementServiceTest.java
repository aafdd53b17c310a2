package fr.coopdec.referential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.IntegrationTest;
import fr.coopdec.support.TestUsers;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class GroupementServiceTest {

    @Autowired
    GroupementService service;

    @Autowired
    GroupementFixtures fixtures;

    @Autowired
    ReferentialQueries referential;

    @Autowired
    TestUsers users;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void a_grouping_is_an_authority_with_its_siren_members_atlas_key_and_region() {
        CollectiviteFrancaise g =
                fixtures.association("Réseau eau Rhône " + GroupementFixtures.siren(), "69123", "69266");
        assertThat(g.getType()).isEqualTo(TypeCollectiviteFrancaise.ASSOCIATION);
        assertThat(g.getCode()).isEqualTo(g.getSiren()).hasSize(9);
        assertThat(g.getCleAtlas()).isEqualTo("grp-" + g.getSiren());
        assertThat(g.getRegionCode()).isEqualTo("84");
        assertThat(service.membres(g.getId()))
                .extracting(CollectiviteFrancaise::getNom)
                .containsExactly("Lyon", "Villeurbanne");
        assertThat(referential.findCollectiviteFrancaiseByCle(g.getCleAtlas())).contains(g);
        assertThat(referential
                        .findCollectivitesFrancaises(
                                CollectiviteFrancaiseFilter.text(g.getSiren()),
                                org.springframework.data.domain.Pageable.ofSize(5))
                        .getContent())
                .containsExactly(g);
    }

    @Test
    void a_bad_or_duplicate_siren_and_a_grouping_without_members_are_refused_in_french() {
        users.signInAs(Role.ADMIN, u -> {});
        NouveauGroupement saisie = new NouveauGroupement();
        saisie.setType(TypeCollectiviteFrancaise.SYNDICAT);
        saisie.setNom("Syndicat mixte test");
        saisie.setSiren("200046978");
        assertThatThrownBy(() -> service.creer(saisie))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getArguments()[0].toString())
                .asString()
                .contains("Ce SIREN n’est pas valide")
                .contains("Choisissez au moins une collectivité membre.");

        CollectiviteFrancaise existant = fixtures.association("Doublon " + GroupementFixtures.siren(), "44109");
        users.signInAs(Role.ADMIN, u -> {});
        saisie.setSiren(existant.getSiren());
        saisie.setMembres(Set.of(referential
                .findCollectiviteFrancaise(TypeCollectiviteFrancaise.COMMUNE, "44109")
                .orElseThrow()));
        assertThatThrownBy(() -> service.creer(saisie))
                .extracting("messageKey")
                .isEqualTo("referential.groupement.siren.existe");
    }

    @Test
    void only_the_daect_records_groupings() {
        users.signInAs(Role.AFD, u -> {});
        assertThatThrownBy(() -> service.creer(new NouveauGroupement())).isInstanceOf(AccessDeniedException.class);
    }
}
