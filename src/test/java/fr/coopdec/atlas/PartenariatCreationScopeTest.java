package fr.coopdec.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.IntegrationTest;
import fr.coopdec.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Creating partnerships: each user only within their scope (editing is in PartenariatServiceTest). */
@IntegrationTest
class PartenariatCreationScopeTest {

    @Autowired
    PartenariatService service;

    @Autowired
    AtlasFixtures fixtures;

    @Autowired
    TestUsers users;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void embassy_post_creates_partnerships_in_its_country_only() {
        Partenariat benin = fixtures.unsaved(
                "Poste BJ " + AtlasFixtures.token(), fixtures.commune("69123"), fixtures.partenaire("BJ"));
        Partenariat senegal = fixtures.unsaved(
                "Poste SN " + AtlasFixtures.token(), fixtures.commune("69123"), fixtures.partenaire("SN"));
        users.signInAs(Role.POSTE, u -> u.setPays(fixtures.pays("BJ")));

        assertThat(service.save(benin).getId()).isNotNull();
        assertThatThrownBy(() -> service.save(senegal))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("atlas.partenariat.out-of-scope");
        assertThat(senegal.isNew()).isTrue();
    }

    @Test
    void local_authority_creates_only_partnerships_it_takes_part_in() {
        Partenariat own =
                fixtures.unsaved("Lyon " + AtlasFixtures.token(), fixtures.commune("69123"), fixtures.partenaire("BJ"));
        Partenariat others = fixtures.unsaved(
                "Bordeaux " + AtlasFixtures.token(), fixtures.commune("33063"), fixtures.partenaire("BJ"));
        users.signInAs(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(fixtures.commune("69123")));

        assertThat(service.save(own).getId()).isNotNull();
        assertThatThrownBy(() -> service.save(others))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("atlas.partenariat.out-of-scope");
    }
}
