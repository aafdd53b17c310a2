package fr.coopdec.ficol.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static fr.coopdec.ficol.ui.FicolUi.notifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.ficol.CodeRegle;
import fr.coopdec.ficol.FicolDossier;
import fr.coopdec.ficol.FicolFixtures;
import fr.coopdec.ficol.FicolWorkflowService;
import fr.coopdec.ficol.RegleEligibilite;
import fr.coopdec.ficol.RegleService;
import fr.coopdec.ficol.StatutDossier;
import fr.coopdec.security.ui.LoginView;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.KaribuTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FicolViewsTest extends KaribuTest {

    @Autowired
    FicolFixtures fixtures;

    @Autowired
    AtlasFixtures atlas;

    @Autowired
    FicolWorkflowService workflow;

    @Autowired
    RegleService regles;

    @Test
    void an_authority_lists_its_own_files_only_and_may_start_a_new_one() {
        FicolDossier lyon = fixtures.brouillon("69123", "BJ", 350_000);
        FicolDossier nantes = fixtures.brouillon("44109", "SN", 350_000);
        fixtures.signOut();
        login(testUsers.create(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(atlas.commune("44109"))));
        navigate(FicolRoutes.DOSSIERS);
        FicolDossiersView view = _get(FicolDossiersView.class);
        assertThat(ids(view)).contains(nantes.getId()).doesNotContain(lyon.getId());
        _click(_get(Button.class, spec -> spec.withText("Nouveau dossier FICOL")));
        assertThat(_get(FicolDossierView.class).titre.getText()).isEqualTo("Nouveau dossier FICOL");
    }

    @Test
    void another_authoritys_file_reads_as_not_found() {
        FicolDossier lyon = fixtures.brouillon("69123", "BJ", 350_000);
        fixtures.signOut();
        login(testUsers.create(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(atlas.commune("44109"))));
        // Karibu reports the not-found page as an error (while navigating or at the next lookup).
        assertThatThrownBy(() -> {
                    navigate(FicolRoutes.dossier(lyon.getId()));
                    _find(FicolDossierView.class);
                })
                .hasMessageContaining("NotFoundException");
    }

    @Test
    void an_embassy_post_reads_the_files_of_its_country_without_editing_them() {
        FicolDossier benin = fixtures.brouillon("69123", "BJ", 350_000);
        FicolDossier senegal = fixtures.brouillon("69123", "SN", 350_000);
        fixtures.signOut();
        login(testUsers.create(Role.POSTE, u -> u.setPays(atlas.pays("SN"))));
        navigate(FicolRoutes.DOSSIERS);
        assertThat(ids(_get(FicolDossiersView.class))).contains(senegal.getId()).doesNotContain(benin.getId());
        assertThat(_find(Button.class, spec -> spec.withText("Nouveau dossier FICOL")))
                .isEmpty();
        navigate(FicolRoutes.dossier(senegal.getId()));
        FicolDossierView view = _get(FicolDossierView.class);
        assertThat(view.form.intitule.isReadOnly()).isTrue();
        assertThat(view.deposer.isAttached()).isFalse();
        assertThat(view.instruction.isAttached()).isFalse();
    }

    @Test
    void afd_filters_its_pipeline_by_status() {
        FicolDossier depose = fixtures.brouillon("69123", "BJ", 350_000);
        workflow.deposer(depose.getId());
        FicolDossier brouillon = fixtures.brouillon("69123", "BJ", 350_000);
        fixtures.signOut();
        login(Role.AFD);
        navigate(FicolRoutes.DOSSIERS);
        FicolDossiersView view = _get(FicolDossiersView.class);
        _setValue(view.statut, StatutDossier.DEPOSE);
        assertThat(ids(view)).contains(depose.getId()).doesNotContain(brouillon.getId());
        _setValue(view.texte, depose.getIntitule());
        assertThat(ids(view)).containsExactly(depose.getId());
        assertThat(GridKt._getFormatted(view.grid, 0, "statut")).isEqualTo("Déposé");
        assertThat(GridKt._getFormatted(view.grid, 0, "demande")).contains("600");
        assertThat(GridKt._getFormatted(view.grid, 0, "retard")).isEmpty();
    }

    @Test
    void a_draft_without_its_required_fields_is_not_saved_and_keeps_the_input() {
        login(testUsers.create(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(atlas.commune("69123"))));
        navigate("ficol/dossier/nouveau");
        FicolDossierView view = _get(FicolDossierView.class);
        _setValue(view.form.intitule, "Projet incomplet");
        _click(view.enregistrer);
        assertThat(view.form.partenariat.isInvalid()).isTrue();
        assertThat(view.form.partenariat.getErrorMessage())
                .isEqualTo("Choisissez le partenariat de l’Atlas auquel le projet se rattache.");
        assertThat(view.form.intitule.getValue()).isEqualTo("Projet incomplet");
        assertThat(notifications())
                .contains("Certains champs sont incomplets ou incorrects : corrigez les messages affichés en rouge.");
    }

    @Test
    void daect_adds_a_dated_rule_value_and_afd_only_reads_the_rules() {
        login(Role.ADMIN);
        navigate(FicolRoutes.REGLES);
        FicolReglesView view = _get(FicolReglesView.class);
        LocalDate date = LocalDate.of(
                2080 + (int) (Math.random() * 9), 1 + (int) (Math.random() * 12), 1 + (int) (Math.random() * 27));
        _setValue(view.code, CodeRegle.SUBVENTION_MAX);
        _setValue(view.valeur, "un million");
        _setValue(view.dateEffet, date);
        _click(view.ajouter);
        assertThat(notifications()).anyMatch(n -> n.startsWith("« un million » n’est pas un nombre positif"));
        _setValue(view.valeur, "2000000");
        _click(view.ajouter);
        List<RegleEligibilite> lignes = GridKt._findAll(view.grid);
        RegleEligibilite ajoutee = lignes.stream()
                .filter(r -> date.equals(r.getDateEffet()))
                .findFirst()
                .orElseThrow();
        assertThat(ajoutee.getValeur()).isEqualTo("2000000");
        regles.delete(ajoutee.getId());

        login(Role.AFD);
        navigate(FicolRoutes.REGLES);
        FicolReglesView lecture = _get(FicolReglesView.class);
        assertThat(GridKt._findAll(lecture.grid))
                .extracting(RegleEligibilite::getCode)
                .contains(CodeRegle.CATEGORIES_CAD);
        assertThat(lecture.ajouter.isAttached()).isFalse();
    }

    @Test
    void authorities_may_open_neither_the_rules_nor_the_dashboard() {
        navigate("");
        login(testUsers.create(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(atlas.commune("69123"))));
        navigate(FicolRoutes.REGLES);
        assertThatThrownBy(() -> _find(FicolReglesView.class)).hasMessageContaining("AccessDeniedException");
        navigate(FicolRoutes.TABLEAU);
        assertThatThrownBy(() -> _find(FicolTableauView.class)).hasMessageContaining("AccessDeniedException");
    }

    @Test
    void the_dashboard_sums_amounts_by_country_category_and_year() {
        FicolDossier d = fixtures.brouillon("69123", "MG", 350_000);
        workflow.deposer(d.getId());
        fixtures.signOut();
        login(Role.AFD);
        navigate(FicolRoutes.TABLEAU);
        FicolTableauView view = _get(FicolTableauView.class);
        assertThat(GridKt._findAll(view.parPays)).anyMatch(a -> "Madagascar".equals(a.cle()) && a.dossiers() >= 1);
        assertThat(GridKt._findAll(view.parCategorie)).anyMatch(a -> "PMA".equals(a.cle()));
        int pma = GridKt._findAll(view.parCategorie).stream()
                .map(a -> a.cle())
                .toList()
                .indexOf("PMA");
        assertThat(GridKt._getFormatted(view.parCategorie, pma, "cle")).isEqualTo("Pays les moins avancés");
        assertThat(GridKt._findAll(view.parAnnee))
                .anyMatch(a -> String.valueOf(LocalDate.now().getYear()).equals(a.cle()));
        assertThat(view.export.getText()).isEqualTo("Exporter les dossiers (CSV)");
        assertThat(view.graphique.getChart().getOption())
                .contains(String.valueOf(LocalDate.now().getYear()));
    }

    @Test
    void other_roles_and_anonymous_visitors_do_not_reach_the_files() {
        navigate("");
        login(Role.VOLONTARIAT);
        navigate(FicolRoutes.DOSSIERS);
        assertThatThrownBy(() -> _find(FicolDossiersView.class)).hasMessageContaining("AccessDeniedException");
        logout();
        UI.getCurrent().getPage().reload();
        navigate(FicolRoutes.DOSSIERS);
        // anonymous: the French 403 page with a link to sign in (Karibu's error view throws instead)
        assertThatThrownBy(() -> _get(LoginView.class)).hasMessageContaining("AccessDeniedException");
    }

    private static List<Long> ids(FicolDossiersView view) {
        return GridKt._findAll(view.grid).stream().map(FicolDossier::getId).toList();
    }
}
