package fr.coopdec.atlas.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.atlas.Cofinancement;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.atlas.PartenariatService;
import fr.coopdec.atlas.Projet;
import fr.coopdec.atlas.SourceFinancement;
import fr.coopdec.security.ui.LoginView;
import fr.coopdec.shared.security.Role;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PartenariatEditViewTest extends EditViewTestSupport {

    @Autowired
    PartenariatService service;

    @Test
    void embassy_post_edits_a_partnership_of_its_country() {
        Partenariat p = partnership("BJ", "69123");
        login(testUsers.create(Role.POSTE, u -> u.setPays(fixtures.pays("BJ"))));
        PartenariatEditor editor = open(p);

        assertThat(editor.form.intitule.getValue()).isEqualTo(p.getIntitule());
        _setValue(editor.form.description, "Mise à jour par l’ambassade");
        saveAndFollow(editor);

        assertThat(service.findDetail(p.getId()).orElseThrow().getDescription())
                .isEqualTo("Mise à jour par l’ambassade");
    }

    @Test
    void embassy_post_is_told_it_may_not_edit_a_partnership_of_another_country() {
        Partenariat senegal = partnership("SN", "69123");
        login(testUsers.create(Role.POSTE, u -> u.setPays(fixtures.pays("BJ"))));
        navigate(AtlasRoutes.partenariatEdit(senegal.getId()));

        assertThat(_get(PartenariatEditView.class).editor).isNull();
        assertThat(_get(Paragraph.class, spec -> spec.withId("edit-refused")).getText())
                .startsWith("Vous n’êtes pas autorisé à modifier ce partenariat");
    }

    @Test
    void local_authority_edits_its_own_partnerships_and_not_those_of_another() {
        Partenariat own = partnership("BJ", "69123");
        Partenariat other = partnership("BJ", "33063");
        login(testUsers.create(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(fixtures.commune("69123"))));

        _setValue(open(own).form.anneeFin, 2031);
        saveAndFollow(_get(PartenariatEditView.class).editor);
        assertThat(service.findDetail(own.getId()).orElseThrow().getAnneeFin()).isEqualTo(2031);

        navigate(AtlasRoutes.partenariatEdit(other.getId()));
        assertThat(_find(PartenariatEditor.class)).isEmpty();
        _get(Paragraph.class, spec -> spec.withId("edit-refused"));
    }

    @Test
    void a_save_after_someone_else_saved_is_refused_and_the_input_is_kept() {
        Partenariat p = partnership("BJ", "69123");
        login(Role.ADMIN);
        PartenariatEditor editor = open(p);
        Partenariat concurrent = service.findForEdit(p.getId());
        concurrent.setDescription("Version de l’autre utilisateur");
        service.save(concurrent);

        _setValue(editor.form.description, "Ma version");
        _setValue(editor.form.anneeFin, 2029);
        _click(editor.save);

        assertThat(editor.error.getText())
                .startsWith("Quelqu’un d’autre a enregistré ce partenariat pendant que vous le " + "modifiiez")
                .contains("Vos saisies sont conservées");
        assertThat(editor.form.description.getValue()).isEqualTo("Ma version");
        assertThat(editor.form.anneeFin.getValue()).isEqualTo(2029);
        assertThat(service.findDetail(p.getId()).orElseThrow().getDescription())
                .isEqualTo("Version de l’autre utilisateur");
    }

    @Test
    void a_project_with_co_financing_is_added_and_a_negative_amount_is_refused_next_to_the_field() {
        Partenariat p = partnership("BJ", "69123");
        login(Role.ADMIN);
        PartenariatEditor editor = open(p);
        _click(editor.projets.add);
        ProjetForm projet = _get(ProjetForm.class);
        _setValue(projet.titre, "Adduction d’eau à Abomey");
        _setValue(projet.budgetTotal, new BigDecimal("120000"));
        _setValue(projet.montants.get(SourceFinancement.DAECT), new BigDecimal("-5"));
        _click(projet.ok);

        assertThat(projet.montants.get(SourceFinancement.DAECT).getErrorMessage())
                .isEqualTo("Le montant doit être positif ou nul.");
        assertThat(projet.isOpened()).isTrue();

        _setValue(projet.montants.get(SourceFinancement.DAECT), new BigDecimal("40000"));
        _setValue(projet.montants.get(SourceFinancement.AFD_FICOL), new BigDecimal("30000"));
        _setValue(projet.rapportAttendu, java.time.LocalDate.of(2027, 6, 30));
        _click(projet.ok);
        assertThat(GridKt._size(editor.projets.grid)).isEqualTo(1);
        saveAndFollow(editor);

        Partenariat saved = service.findDetail(p.getId()).orElseThrow();
        assertThat(saved.getProjets()).singleElement().satisfies(pr -> {
            assertThat(pr.getTitre()).isEqualTo("Adduction d’eau à Abomey");
            assertThat(pr.getRapportFinalAttenduLe()).isEqualTo(java.time.LocalDate.of(2027, 6, 30));
            assertThat(pr.getRapportFinalRecuLe()).isNull();
            assertThat(pr.getCofinancements())
                    .containsExactlyInAnyOrder(
                            new Cofinancement(SourceFinancement.DAECT, new BigDecimal("40000")),
                            new Cofinancement(SourceFinancement.AFD_FICOL, new BigDecimal("30000")));
        });
    }

    @Test
    void changing_a_project_co_financing_is_saved_and_named_in_the_history() {
        Partenariat p = partnership("BJ", "69123");
        login(Role.ADMIN);
        Partenariat withProject = service.findForEdit(p.getId());
        Projet forages = new Projet("Forages");
        forages.setCofinancements(
                java.util.Set.of(new Cofinancement(SourceFinancement.DAECT, new BigDecimal("10000"))));
        withProject.addProjet(forages);
        service.save(withProject);
        PartenariatEditor editor = open(p);

        HorizontalLayout actions = (HorizontalLayout)
                GridKt._getCellComponent(editor.projets.grid, 0, ProjetsEditorSection.ACTIONS_COLUMN);
        _click((Button) actions.getComponentAt(0));
        ProjetForm projet = _get(ProjetForm.class);
        assertThat(projet.montants.get(SourceFinancement.DAECT).getValue()).isEqualByComparingTo("10000");
        _setValue(projet.montants.get(SourceFinancement.DAECT), new BigDecimal("15000"));
        _click(projet.ok);
        saveAndFollow(editor);

        assertThat(service.findDetail(p.getId()).orElseThrow().getProjets())
                .singleElement()
                .satisfies(pr -> assertThat(pr.getCofinancements())
                        .containsExactly(new Cofinancement(SourceFinancement.DAECT, new BigDecimal("15000"))));
        assertThat(service.history(p.getId()).get(0).changedFields()).contains(PartenariatService.HISTORY_PROJECTS);
    }

    @Test
    void an_unknown_partnership_is_said_to_be_missing() {
        login(Role.ADMIN);
        navigate(AtlasRoutes.partenariatEdit(999_999_999_999L));
        assertThat(_get(Paragraph.class, spec -> spec.withId("edit-refused")).getText())
                .isEqualTo("Ce partenariat n’existe pas ou plus.");
    }

    @Test
    void other_roles_and_anonymous_visitors_cannot_open_the_edit_page() {
        Partenariat p = partnership("BJ", "69123");
        UI.getCurrent().getPage().reload();
        navigate(AtlasRoutes.partenariatEdit(p.getId()));
        // anonymous: the French 403 page with a link to sign in (Karibu's error view throws instead)
        assertThatThrownBy(() -> _get(LoginView.class)).hasMessageContaining("AccessDeniedException");

        login(Role.AFD);
        navigate(AtlasRoutes.partenariatEdit(p.getId()));
        assertThatThrownBy(() -> _find(PartenariatEditView.class))
                .hasMessageContaining("com.vaadin.flow.router.AccessDeniedException");
    }

    private Partenariat partnership(String alpha2, String commune) {
        return fixtures.partenariat("Édition " + AtlasFixtures.token(), fixtures.commune(commune), alpha2);
    }

    private PartenariatEditor open(Partenariat p) {
        navigate(AtlasRoutes.partenariatEdit(p.getId()));
        PartenariatEditor editor = _get(PartenariatEditView.class).editor;
        assertThat(editor).isNotNull();
        return editor;
    }
}
