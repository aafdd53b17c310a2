package fr.coopdec.appels.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static fr.coopdec.appels.AppelsFixtures.ANNEE;
import static fr.coopdec.appels.ui.AppelsUi.depense;
import static fr.coopdec.appels.ui.AppelsUi.notifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import fr.coopdec.appels.AppelDaect;
import fr.coopdec.appels.AppelsFixtures;
import fr.coopdec.appels.CandidatureDaect;
import fr.coopdec.appels.CandidatureDaectService;
import fr.coopdec.appels.DecisionDaectService;
import fr.coopdec.appels.StatutCandidatureDaect;
import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.shared.crossmodule.CategorieDepense;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.KaribuTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An application driven through its page: Lyon drafts it on its partnership, a plan line outside the
 * call's years is refused with the reason, it is submitted; DAECT opens the instruction and grants it;
 * the page then links to the Atlas record. Concurrent decisions and other readers are checked too.
 */
class CandidatureDaectViewTest extends KaribuTest {

    @Autowired
    AppelsFixtures fixtures;

    @Autowired
    AtlasFixtures atlas;

    @Autowired
    CandidatureDaectService service;

    @Autowired
    DecisionDaectService decisions;

    @Test
    void lyon_applies_through_the_page_and_daect_grants_it() {
        AppelDaect appel = fixtures.appel(300_000);
        Partenariat partenariat = fixtures.partenariat("69123", "BJ");
        String lyon = testUsers.create(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(atlas.commune("69123")));
        String titre = "Formation des agents d’Abomey " + AtlasFixtures.token();

        login(lyon);
        navigate("appels/candidatures/nouvelle?appel=" + appel.getId());
        CandidatureDaectView view = _get(CandidatureDaectView.class);
        assertThat(view.deposer.isEnabled()).isFalse();
        _setValue(
                view.form.partenariat, service.partenariat(partenariat.getId()).orElseThrow());
        _setValue(view.form.intitule, titre);
        depense(view.plan, CategorieDepense.FORMATION, ANNEE, "Formation des agents municipaux", 60_000, 30_000);
        depense(view.plan, CategorieDepense.MISSIONS, ANNEE + 1, "Missions d’échange", 10_000, 5_000);
        assertThat(AppelsUi.plain(view.plan.total.getText()))
                .isEqualTo("Coût total : 70 000 € ; demandé à la DAECT : 35 000 €.");
        _click(view.enregistrer);
        assertThat(notifications()).contains("Le brouillon est enregistré.");
        assertThat(notifications()).as("notifications").containsExactly("Le brouillon est enregistré.");
        assertThat(view.deposer.isAttached()).as("attached").isTrue();
        assertThat(view.deposer.isEnabled()).isTrue();

        NotificationsKt.clearNotifications();
        _click(view.deposer);
        assertThat(notifications())
                .contains("La dépense « Missions d’échange » est prévue en " + (ANNEE + 1)
                        + ", hors des années de l’appel (" + ANNEE + "–" + ANNEE + ") : changez son année.");
        _click((Button) GridKt._getCellComponent(view.plan.grid, 1, "retirer"));
        NotificationsKt.clearNotifications();
        _click(view.deposer);
        assertThat(notifications()).contains("La candidature est déposée : la DAECT va l’instruire.");
        assertThat(view.statut.getText()).isEqualTo("Déposée");
        assertThat(view.form.intitule.isReadOnly()).isTrue();
        long id = view.candidatureId();
        assertThat(service.get(id).getIntitule()).isEqualTo(titre);

        login(Role.ADMIN);
        navigate("appels/candidatures/" + id);
        view = _get(CandidatureDaectView.class);
        assertThat(AppelsUi.plain(view.decisionPanel.enveloppe.getText()))
                .isEqualTo("Enveloppe de l’appel : 300 000 € ; déjà accordé : 0 € ; disponible : 300 000 €.");
        _setValue(view.decisionPanel.avis, "Partenariat actif, budget réaliste.");
        _click(view.decisionPanel.instruire);
        assertThat(view.statut.getText()).isEqualTo("En instruction");
        assertThat(view.decisionPanel.montant.getValue()).isEqualByComparingTo("30000");
        _setValue(view.decisionPanel.montant, new BigDecimal("25000"));
        _setValue(view.decisionPanel.motif, "Accord partiel : missions non retenues.");
        _click(view.decisionPanel.accorder);
        assertThat(view.statut.getText()).isEqualTo("Accordée");
        assertThat(AppelsUi.plain(view.decision.getText())).startsWith("Subvention accordée par la DAECT : 25 000 €");
        assertThat(view.atlas.getHref()).isEqualTo("atlas/partenariats/" + partenariat.getId());
        assertThat(fixtures.engage(appel.getId())).isEqualByComparingTo("25000");

        navigate("appels/candidatures?appel=" + appel.getId());
        CandidaturesDaectView liste = _get(CandidaturesDaectView.class);
        assertThat(GridKt._size(liste.grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(liste.grid, 0, "statut")).isEqualTo("Accordée");
        assertThat(AppelsUi.plain(GridKt._getFormatted(liste.grid, 0, "accorde")))
                .isEqualTo("25 000 €");
    }

    @Test
    void a_decision_made_meanwhile_by_someone_else_is_explained_not_overwritten() {
        AppelDaect appel = fixtures.appel(300_000);
        CandidatureDaect c = fixtures.enInstruction(appel, fixtures.partenariat("69123", "SN"), 20_000);
        String moi = login(Role.ADMIN);
        navigate("appels/candidatures/" + c.getId());
        CandidatureDaectView view = _get(CandidatureDaectView.class);

        // another DAECT instructor refuses it while the page stays open
        String autre = testUsers.create(Role.ADMIN);
        testUsers.signIn(autre);
        decisions.refuser(c.getId(), c.getVersion(), "Hors priorités géographiques.");
        testUsers.signIn(moi);

        _setValue(view.decisionPanel.motif, "Conforme.");
        _click(view.decisionPanel.accorder);
        assertThat(notifications())
                .anyMatch(n -> n.startsWith("Cette candidature a été modifiée par " + autre + " le ")
                        && n.contains("votre action n’a pas été enregistrée"));
        assertThat(service.get(c.getId()).getStatut()).isEqualTo(StatutCandidatureDaect.REFUSEE);
        assertThat(fixtures.engage(appel.getId())).isEqualByComparingTo("0");
    }

    @Test
    void an_embassy_post_reads_without_deciding_and_another_authority_finds_nothing() {
        AppelDaect appel = fixtures.appel(300_000);
        CandidatureDaect c = fixtures.deposee(appel, fixtures.partenariat("69123", "BJ"), 20_000);

        login(testUsers.create(Role.POSTE, u -> u.setPays(atlas.pays("BJ"))));
        navigate("appels/candidatures/" + c.getId());
        CandidatureDaectView view = _get(CandidatureDaectView.class);
        assertThat(view.titre.getText()).isEqualTo(c.getIntitule());
        assertThat(view.decisionPanel.isAttached()).isFalse();
        assertThat(view.enregistrer.isAttached()).isFalse();

        login(testUsers.create(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(atlas.commune("44109"))));
        assertThatThrownBy(() -> {
                    navigate("appels/candidatures/" + c.getId());
                    _find(CandidatureDaectView.class);
                })
                .hasMessageContaining("NotFoundException");
    }
}
