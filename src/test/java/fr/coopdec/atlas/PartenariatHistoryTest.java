package fr.coopdec.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import fr.coopdec.shared.history.HistoryEntry;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.IntegrationTest;
import fr.coopdec.support.TestUsers;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class PartenariatHistoryTest {

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
    void adding_a_project_changing_it_and_its_co_financing_are_in_the_history_with_who_and_when() {
        Partenariat p =
                fixtures.partenariat("Historique projets " + AtlasFixtures.token(), fixtures.commune("69123"), "BJ");
        String poste = users.signInAs(Role.POSTE, u -> u.setPays(fixtures.pays("BJ")));
        Partenariat edited = service.findForEdit(p.getId());
        Projet projet = new Projet("Forages");
        projet.setCofinancements(Set.of(new Cofinancement(SourceFinancement.DAECT, new BigDecimal("10000"))));
        edited.addProjet(projet);
        service.save(edited);

        String collectivite =
                users.signInAs(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(fixtures.commune("69123")));
        Partenariat again = service.findForEdit(p.getId());
        again.getProjets()
                .get(0)
                .setCofinancements(Set.of(new Cofinancement(SourceFinancement.DAECT, new BigDecimal("15000"))));
        service.save(again);

        var history = service.history(p.getId());
        assertThat(history).hasSize(3);
        assertThat(history.get(0).who()).isEqualTo(collectivite);
        assertThat(history.get(0).changedFields()).containsExactly(PartenariatService.HISTORY_PROJECTS);
        assertThat(history.get(1).who()).isEqualTo(poste);
        assertThat(history.get(1).kind()).isEqualTo(HistoryEntry.Kind.MODIFICATION);
        assertThat(history.get(1).changedFields()).containsExactly(PartenariatService.HISTORY_PROJECTS);
        assertThat(history.get(0).when()).isAfterOrEqualTo(history.get(1).when());
        assertThat(history.get(2).kind()).isEqualTo(HistoryEntry.Kind.CREATION);
    }

    @Test
    void a_change_of_the_partnership_alone_does_not_name_the_projects() {
        Partenariat p = fixtures.partenariat("Sans projet " + AtlasFixtures.token(), fixtures.commune("69123"), "BJ");
        users.signInAs(Role.ADMIN, u -> {});
        Partenariat edited = service.findForEdit(p.getId());
        edited.setDescription("Nouvelle description");
        service.save(edited);

        assertThat(service.history(p.getId()).get(0).changedFields()).containsExactly("description");
    }
}
