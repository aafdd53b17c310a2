package fr.coopdec.appels.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static fr.coopdec.appels.ui.AppelsUi.bouton;
import static fr.coopdec.appels.ui.AppelsUi.notifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import fr.coopdec.appels.AppelDaect;
import fr.coopdec.appels.AppelResume;
import fr.coopdec.appels.AppelsFixtures;
import fr.coopdec.appels.CandidatureDaect;
import fr.coopdec.appels.CandidatureResume;
import fr.coopdec.appels.StatutCandidatureDaect;
import fr.coopdec.appels.TypeAppel;
import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.jeunesse.AppelJeunesse;
import fr.coopdec.jeunesse.AppelService;
import fr.coopdec.security.ui.LoginView;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.KaribuTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The list of calls: DAECT opens a call through the form, an authority finds it, youth calls show too. */
class AppelsViewsTest extends KaribuTest {

    @Autowired
    AppelsFixtures fixtures;

    @Autowired
    AtlasFixtures atlas;

    @Autowired
    AppelService jeunesse;

    @Test
    void daect_opens_a_triennial_call_through_the_form_after_a_refused_attempt() {
        login(Role.ADMIN);
        navigate("appels");
        AppelsDaectView view = _get(AppelsDaectView.class);
        String titre = "Coopération climat " + AtlasFixtures.token();
        int annee = AppelsFixtures.ANNEE;
        _setValue(view.form.type, TypeAppel.TRIENNAL);
        _setValue(view.form.intitule, titre);
        _setValue(view.form.anneeDebut, annee);
        _setValue(view.form.anneeFin, annee + 1);
        _setValue(view.form.ouverture, LocalDate.now().plusDays(1));
        _setValue(view.form.cloture, LocalDate.now().plusDays(60));
        _setValue(view.form.budget, new BigDecimal("1200000"));
        _click(view.enregistrer);
        assertThat(notifications())
                .contains("Un appel de ce type couvre 3 année(s), or les années vont de " + annee + " à " + (annee + 1)
                        + " : corrigez la dernière année.");

        NotificationsKt.clearNotifications();
        _setValue(view.form.anneeFin, annee + 2);
        _click(view.enregistrer);
        assertThat(notifications()).contains("L’appel « " + titre + " » est enregistré.");
        AppelResume ligne = GridKt._findAll(view.grid).stream()
                .filter(a -> a.intitule().equals(titre))
                .findFirst()
                .orElseThrow();
        assertThat(ligne.type()).isEqualTo(TypeAppel.TRIENNAL);
        assertThat(ligne.budget()).isEqualByComparingTo("1200000");
        int row = GridKt._findAll(view.grid).indexOf(ligne);
        assertThat(AppelsUi.plain(GridKt._getFormatted(view.grid, row, "disponible")))
                .isEqualTo("1 200 000 €");
    }

    @Test
    void an_empty_form_is_not_saved() {
        login(Role.ADMIN);
        navigate("appels");
        AppelsDaectView view = _get(AppelsDaectView.class);
        _setValue(view.form.intitule, "");
        _click(view.enregistrer);
        assertThat(notifications())
                .contains("Certains champs sont incomplets ou incorrects : corrigez les messages affichés en rouge.");
        assertThat(view.form.intitule.isInvalid()).isTrue();
    }

    @Test
    void an_authority_finds_an_open_call_and_goes_to_apply_but_does_not_edit_calls() {
        AppelDaect appel = fixtures.appel(300_000);
        login(testUsers.create(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(atlas.commune("69123"))));
        navigate("appels");
        AppelsDaectView view = _get(AppelsDaectView.class);
        assertThat(view.form.isAttached()).isFalse();
        int row = GridKt._findAll(view.grid).stream()
                .map(AppelResume::id)
                .toList()
                .indexOf(appel.getId());
        Component actions = GridKt._getCellComponent(view.grid, row, "actions");
        _click(bouton(actions, "Candidater"));
        CandidatureDaectView candidature = _get(CandidatureDaectView.class);
        assertThat(candidature.titre.getText()).isEqualTo("Nouvelle candidature");
        assertThat(candidature.appel.getText()).startsWith("Appel « " + appel.getIntitule() + " » (Annuel");
    }

    @Test
    void an_authority_filters_its_applications_by_status_and_opens_one() {
        AppelDaect appel = fixtures.appel(300_000);
        CandidatureDaect deposee = fixtures.deposee(appel, fixtures.partenariat("69123", "BJ"), 10_000);
        CandidatureDaect brouillon = fixtures.brouillon(appel, fixtures.partenariat("69123", "SN"), 10_000);
        fixtures.signOut();
        login(testUsers.create(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(atlas.commune("69123"))));

        navigate("appels/candidatures?appel=" + appel.getId());
        CandidaturesDaectView view = _get(CandidaturesDaectView.class);
        assertThat(view.appel.getText()).isEqualTo("Candidatures à l’appel « " + appel.getIntitule() + " ».");
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        _setValue(view.statut, StatutCandidatureDaect.BROUILLON);
        assertThat(GridKt._findAll(view.grid)).extracting(CandidatureResume::id).containsExactly(brouillon.getId());
        _setValue(view.statut, StatutCandidatureDaect.DEPOSEE);
        assertThat(GridKt._getFormatted(view.grid, 0, "statut")).isEqualTo("Déposée");
        GridKt._clickItem(view.grid, 0);
        assertThat(_get(CandidatureDaectView.class).titre.getText()).isEqualTo(deposee.getIntitule());
    }

    @Test
    void youth_calls_are_listed_as_one_kind_of_daect_call() {
        String titre = "Jeunesse et réciprocité " + AtlasFixtures.token();
        fixtures.asAdmin(() -> jeunesse.save(new AppelJeunesse(titre, AppelsFixtures.ANNEE)));
        login(Role.POSTE);
        navigate("appels");
        AppelsDaectView view = _get(AppelsDaectView.class);
        assertThat(GridKt._findAll(view.jeunesse)).anyMatch(y -> y.intitule().equals(titre));
    }

    @Test
    void other_roles_and_anonymous_visitors_do_not_reach_the_calls() {
        navigate("");
        login(Role.AFD);
        navigate("appels");
        assertThatThrownBy(() -> _find(AppelsDaectView.class)).hasMessageContaining("AccessDeniedException");
        logout();
        UI.getCurrent().getPage().reload();
        navigate("appels");
        // anonymous: the French 403 page with a link to sign in (Karibu's error view throws instead)
        assertThatThrownBy(() -> _get(LoginView.class)).hasMessageContaining("AccessDeniedException");
    }
}
