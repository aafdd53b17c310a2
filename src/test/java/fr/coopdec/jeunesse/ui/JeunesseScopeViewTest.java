package fr.coopdec.jeunesse.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.jeunesse.Direction;
import fr.coopdec.jeunesse.JeunesseFixtures;
import fr.coopdec.jeunesse.Mission;
import fr.coopdec.jeunesse.StatutMission;
import fr.coopdec.jeunesse.Volontaire;
import fr.coopdec.security.ui.LoginView;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.KaribuTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class JeunesseScopeViewTest extends KaribuTest {

    @Autowired
    JeunesseFixtures fixtures;

    @Test
    void a_local_authority_sees_its_placements_only_and_cannot_change_them() {
        String token = AtlasFixtures.token();
        Volontaire v = fixtures.volontaire("Perimetre" + token, LocalDate.of(2001, 1, 1));
        Mission nantes = fixtures.mission(
                v,
                Direction.ENVOI,
                fixtures.atlas.commune("44109"),
                fixtures.atlas.partenaire("SN"),
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 3, 1),
                StatutMission.TERMINEE,
                null);
        Mission lyon = fixtures.mission(
                v,
                Direction.ENVOI,
                "BJ",
                LocalDate.of(2024, 4, 1),
                LocalDate.of(2024, 6, 1),
                StatutMission.TERMINEE,
                null);

        login(testUsers.create(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(fixtures.atlas.commune("44109"))));
        navigate(JeunesseRoutes.MISSIONS);
        MissionsView list = _get(MissionsView.class);
        _setValue(list.texte, "Perimetre" + token);
        assertThat(GridKt._size(list.grid)).isEqualTo(1);
        assertThat(GridKt._get(list.grid, 0)).isEqualTo(nantes);
        assertThat(list.importer.isVisible()).isFalse();

        navigate(JeunesseRoutes.mission(lyon.getId()));
        assertThat(_get(MissionView.class).error.getText())
                .isEqualTo("Ce volontaire ou cette mission ne relève pas de votre périmètre.");
        navigate(JeunesseRoutes.mission(nantes.getId()));
        assertThat(_get(MissionView.class).interruption.isVisible()).isFalse();
        navigate(JeunesseRoutes.volontaire(v.getId()));
        VolontaireView page = _get(VolontaireView.class);
        assertThat(page.save.isVisible()).isFalse();
        assertThat(page.missionsAffichees()).containsExactly(nantes);
    }

    @Test
    void an_embassy_post_sees_the_placements_of_its_country() {
        String token = AtlasFixtures.token();
        Volontaire v = fixtures.volontaire("Poste" + token, LocalDate.of(2001, 1, 1));
        Mission benin = fixtures.mission(
                v,
                Direction.ACCUEIL,
                "BJ",
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 3, 1),
                StatutMission.TERMINEE,
                null);
        fixtures.mission(
                v,
                Direction.ENVOI,
                "SN",
                LocalDate.of(2024, 4, 1),
                LocalDate.of(2024, 6, 1),
                StatutMission.TERMINEE,
                null);

        login(testUsers.create(Role.POSTE, u -> u.setPays(fixtures.atlas.pays("BJ"))));
        navigate(JeunesseRoutes.MISSIONS);
        MissionsView list = _get(MissionsView.class);
        _setValue(list.texte, "Poste" + token);
        assertThat(GridKt._size(list.grid)).isEqualTo(1);
        assertThat(GridKt._get(list.grid, 0)).isEqualTo(benin);
        navigate(JeunesseRoutes.mission(benin.getId()));
        assertThat(_get(MissionView.class).lettre.isVisible()).isFalse();
    }

    @Test
    void other_roles_may_not_open_the_volunteers_and_the_public_sees_only_anonymous_totals() {
        login(Role.AFD);
        navigate(JeunesseRoutes.VOLONTAIRES);
        assertThatThrownBy(() -> _find(VolontairesView.class))
                .hasMessageContaining("com.vaadin.flow.router.AccessDeniedException");

        logout();
        UI().getPage().reload();
        navigate(JeunesseRoutes.MISSIONS);
        // anonymous: the French 403 page with a link to sign in (Karibu's error view throws instead)
        assertThatThrownBy(() -> _get(LoginView.class)).hasMessageContaining("AccessDeniedException");

        Volontaire v = fixtures.volontaire("Public" + AtlasFixtures.token(), LocalDate.of(2001, 1, 1));
        fixtures.mission(
                v,
                Direction.ENVOI,
                "BJ",
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 3, 1),
                StatutMission.TERMINEE,
                null);
        navigate(JeunesseRoutes.CHIFFRES);
        ChiffresView chiffres = _get(ChiffresView.class);
        assertThat(chiffres.resume.getText())
                .contains("jeunes envoyés à l’étranger")
                .doesNotContain(v.getNom());
        assertThat(chiffres.annees.getListDataView().getItems())
                .anyMatch(l -> l.cle().equals("2024") && l.envoyes() >= 1);
        // the youth calls' leverage: the seed's figure (hosted volunteers) next to every mobility, explained
        fixtures.projet("Chiffres " + AtlasFixtures.token(), new java.math.BigDecimal("10000.00"), 1);
        UI().getPage().reload();
        chiffres = _get(ChiffresView.class);
        assertThat(chiffres.levierAccueil.getText())
                .startsWith("Effet levier : ")
                .contains(
                        "jeunes volontaires accueillis en France en réciprocité pour 10 000 € d’appel à projets Jeunesse");
        assertThat(chiffres.levierMobilites.getText())
                .startsWith("Toutes mobilités : ")
                .contains("mobilités réalisées pour 10 000 €");
        assertThat(chiffres.levierExplication.getText())
                .startsWith("Le premier chiffre est l’effet levier tel que le définit")
                .contains("Le second compte toutes les mobilités réalisées");
    }

    private static com.vaadin.flow.component.UI UI() {
        return com.vaadin.flow.component.UI.getCurrent();
    }
}
