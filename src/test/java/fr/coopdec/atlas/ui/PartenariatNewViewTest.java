package fr.coopdec.atlas.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.atlas.PartenariatService;
import fr.coopdec.referential.CollectivitePartenaire;
import fr.coopdec.security.ui.LoginView;
import fr.coopdec.shared.security.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PartenariatNewViewTest extends EditViewTestSupport {

    @Autowired
    PartenariatService service;

    @Test
    void administrator_creates_a_partnership_and_lands_on_its_page() {
        String title = "Lyon – Abomey " + AtlasFixtures.token();
        CollectivitePartenaire abomey = fixtures.partenaire("BJ");
        login(Role.ADMIN);
        navigate(AtlasRoutes.PARTENARIAT_NEW);
        PartenariatEditor editor = _get(PartenariatNewView.class).editor;

        PartenariatForm form = editor.form;
        _setValue(form.intitule, title);
        _setValue(form.anneeDebut, 2012);
        _setValue(form.pays, fixtures.pays("BJ"));
        _setValue(form.francaises, Set.of(fixtures.commune("69123")));
        _setValue(form.partenaires, Set.of(abomey));
        _setValue(form.thematiques, Set.of(referential.allThematiques().get(0)));
        _setValue(form.technicienNom, "Claire Martin");
        _setValue(form.technicienEmail, "claire.martin@mairie-lyon.fr");
        long id = saveAndFollow(editor);

        Partenariat saved = service.findDetail(id).orElseThrow();
        assertThat(saved.getIntitule()).isEqualTo(title);
        assertThat(saved.getCollectivitesPartenaires()).containsExactly(abomey);
        assertThat(saved.getTechnicien().getEmail()).isEqualTo("claire.martin@mairie-lyon.fr");
        assertThat(saved.getThematiques()).hasSize(1);
    }

    @Test
    void missing_required_fields_and_a_bad_email_are_shown_next_to_the_fields() {
        login(Role.ADMIN);
        navigate(AtlasRoutes.PARTENARIAT_NEW);
        PartenariatEditor editor = _get(PartenariatNewView.class).editor;
        _setValue(editor.form.eluEmail, "pas-une-adresse");

        _click(editor.save);

        assertThat(editor.form.intitule.isInvalid()).isTrue();
        assertThat(editor.form.intitule.getErrorMessage()).isEqualTo("Saisissez l’intitulé du partenariat.");
        assertThat(editor.form.pays.getErrorMessage()).isEqualTo("Choisissez le pays partenaire.");
        assertThat(editor.form.francaises.getErrorMessage()).isEqualTo("Ajoutez au moins une collectivité française.");
        assertThat(editor.form.eluEmail.getErrorMessage())
                .isEqualTo("Saisissez une adresse électronique valide, par exemple prenom.nom@mairie.fr.");
        assertThat(editor.error.getText()).startsWith("Certains champs sont incomplets");
        assertThat(editor.form.eluEmail.getValue()).isEqualTo("pas-une-adresse");
    }

    @Test
    void a_rule_refused_by_the_service_is_shown_in_french_and_the_input_stays() {
        String title = "Années " + AtlasFixtures.token();
        CollectivitePartenaire dakar = fixtures.partenaire("SN");
        login(Role.ADMIN);
        navigate(AtlasRoutes.PARTENARIAT_NEW);
        PartenariatEditor editor = _get(PartenariatNewView.class).editor;
        fill(editor.form, title, "SN", dakar);
        _setValue(editor.form.anneeDebut, 2015);
        _setValue(editor.form.anneeFin, 2010);

        _click(editor.save);

        assertThat(editor.error.getText())
                .isEqualTo("L’année de fin doit être postérieure ou égale à l’année de début.");
        assertThat(editor.form.intitule.getValue()).isEqualTo(title);
        assertThat(editor.form.anneeFin.getValue()).isEqualTo(2010);
        assertThat(_find(PartenariatNewView.class)).hasSize(1);
        assertThat(countTitled(title)).isZero();
    }

    @Test
    void embassy_post_gets_its_country_only_and_local_authority_its_own_name_preselected() {
        login(testUsers.create(Role.POSTE, u -> u.setPays(fixtures.pays("SN"))));
        navigate(AtlasRoutes.PARTENARIAT_NEW);
        PartenariatForm form = _get(PartenariatNewView.class).editor.form;
        assertThat(form.pays.getValue().getCodeAlpha2()).isEqualTo("SN");
        assertThat(form.pays.getListDataView().getItems())
                .extracting(p -> p.getCodeAlpha2())
                .containsExactly("SN");

        logout();
        login(testUsers.create(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(fixtures.commune("33063"))));
        navigate(AtlasRoutes.PARTENARIAT_NEW);
        assertThat(_get(PartenariatNewView.class).editor.form.francaises.getValue())
                .containsExactly(fixtures.commune("33063"));
    }

    @Test
    void local_authority_cannot_create_a_partnership_without_itself() {
        String title = "Sans Bordeaux " + AtlasFixtures.token();
        CollectivitePartenaire cotonou = fixtures.partenaire("BJ");
        login(testUsers.create(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(fixtures.commune("33063"))));
        navigate(AtlasRoutes.PARTENARIAT_NEW);
        PartenariatEditor editor = _get(PartenariatNewView.class).editor;
        fill(editor.form, title, "BJ", cotonou); // replaces Bordeaux by Lyon among the French authorities

        _click(editor.save);

        assertThat(editor.error.getText())
                .isEqualTo("Ce partenariat ne relève pas de votre périmètre : "
                        + "vous pouvez le consulter mais pas le modifier.");
        assertThat(editor.form.intitule.getValue()).isEqualTo(title);
        assertThat(countTitled(title)).isZero();
    }

    @Test
    void other_roles_and_anonymous_visitors_cannot_open_the_creation_page() {
        UI.getCurrent().getPage().reload();
        navigate(AtlasRoutes.PARTENARIAT_NEW);
        // anonymous: the French 403 page with a link to sign in (Karibu's error view throws instead)
        assertThatThrownBy(() -> _get(LoginView.class)).hasMessageContaining("AccessDeniedException");

        login(Role.AFD);
        navigate(AtlasRoutes.PARTENARIAT_NEW);
        assertThatThrownBy(() -> _find(PartenariatNewView.class))
                .hasMessageContaining("com.vaadin.flow.router.AccessDeniedException");
    }
}
