package fr.coopdec.jeunesse;

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
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class AnonymisationServiceTest {

    @Autowired
    JeunesseFixtures fixtures;

    @Autowired
    AnonymisationService anonymisation;

    @Autowired
    VolontaireService volontaires;

    @Autowired
    ReciprociteQueries reciprocite;

    @Autowired
    TestUsers users;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void personal_data_is_anonymised_after_the_retention_period_and_totals_stay_the_same() {
        String token = AtlasFixtures.token();
        Volontaire ancien = fixtures.volontaire("Ancien" + token, LocalDate.of(1995, 1, 1));
        fixtures.mission(
                ancien,
                Direction.ENVOI,
                "BJ",
                LocalDate.of(2015, 1, 1),
                LocalDate.of(2015, 12, 31),
                StatutMission.TERMINEE,
                null);
        Volontaire recent = fixtures.volontaire("Recent" + token, LocalDate.of(2000, 1, 1));
        fixtures.mission(
                recent,
                Direction.ACCUEIL,
                "BJ",
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31),
                StatutMission.TERMINEE,
                null);
        List<LigneReciprocite> avant = reciprocite.totauxPublics();

        users.signInAs(Role.ADMIN, u -> {});
        int duree = anonymisation.dureeConservation();
        try {
            anonymisation.setDureeConservation(5);
            assertThat(anonymisation.anonymiserMaintenant()).isGreaterThanOrEqualTo(1);
        } finally {
            anonymisation.setDureeConservation(duree);
        }

        Volontaire a = volontaires.get(ancien.getId());
        assertThat(a.isAnonymise()).isTrue();
        assertThat(a.getNom()).isNull();
        assertThat(a.getEmail()).isNull();
        assertThat(a.getDateNaissance()).isNull();
        assertThat(a.getNationalite().getCodeAlpha2()).isEqualTo("BJ");
        assertThat(volontaires.missions(ancien.getId())).hasSize(1);
        assertThat(volontaires.get(recent.getId()).getNom()).isEqualTo("Recent" + token);
        assertThat(reciprocite.totauxPublics()).isEqualTo(avant);
    }

    @Test
    void only_the_administrator_sets_the_retention_period_and_exports_or_erases_a_person() {
        Volontaire v = fixtures.volontaire("Export" + AtlasFixtures.token(), LocalDate.of(2000, 1, 1));
        users.signInAs(Role.VOLONTARIAT, u -> {});
        assertThatThrownBy(() -> anonymisation.setDureeConservation(3)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> volontaires.exporter(v.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> volontaires.effacer(v.getId())).isInstanceOf(AccessDeniedException.class);

        users.signInAs(Role.ADMIN, u -> {});
        assertThat(volontaires.exporter(v.getId())).contains(v.getNom(), v.getEmail(), "2000-01-01");
        volontaires.effacer(v.getId());
        assertThat(volontaires.exporter(v.getId())).doesNotContain(v.getNom()).contains("anonymiseLe");
    }
}
