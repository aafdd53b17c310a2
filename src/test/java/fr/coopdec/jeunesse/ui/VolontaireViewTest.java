package fr.coopdec.jeunesse.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.jeunesse.Direction;
import fr.coopdec.jeunesse.JeunesseFixtures;
import fr.coopdec.jeunesse.Programme;
import fr.coopdec.jeunesse.StatutMission;
import fr.coopdec.jeunesse.Volontaire;
import fr.coopdec.jeunesse.VolontaireService;
import fr.coopdec.referential.CollectivitePartenaire;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.KaribuTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class VolontaireViewTest extends KaribuTest {

    @Autowired
    JeunesseFixtures fixtures;

    @Autowired
    VolontaireService volontaires;

    @Test
    void france_volontaires_creates_a_volunteer_and_two_placements_the_overlapping_one_refused() {
        String nom = "Houngbo" + AtlasFixtures.token();
        CollectivitePartenaire abomey = fixtures.atlas.partenaire("BJ");
        login(Role.VOLONTARIAT);
        navigate(JeunesseRoutes.volontaire(JeunesseRoutes.NOUVEAU));
        VolontaireView view = _get(VolontaireView.class);
        _setValue(view.form.prenom, "Awa");
        _setValue(view.form.nom, nom);
        _setValue(view.form.dateNaissance, LocalDate.of(2001, 4, 12));
        _setValue(view.form.nationalite, fixtures.atlas.pays("BJ"));
        _setValue(view.form.email, "awa@exemple.bj");
        _setValue(view.form.consentementLe, LocalDate.of(2025, 1, 10));
        _click(view.save);

        view = _get(VolontaireView.class);
        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText()).isEqualTo("Awa " + nom.toUpperCase());
        fillMission(view.missionForm, abomey, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 2, 28));
        _click(view.ajouter);
        view = _get(VolontaireView.class);
        assertThat(view.missionsAffichees()).hasSize(1);

        fillMission(view.missionForm, abomey, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 6, 30));
        _click(view.ajouter);
        assertThat(view.error.getText()).startsWith("Ce volontaire a déjà une mission sur ces dates");
        assertThat(view.missionForm.ville.getValue()).isEqualTo("Abomey");
        assertThat(view.missionsAffichees()).hasSize(1);

        fillMission(view.missionForm, abomey, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30));
        _click(view.ajouter);
        assertThat(_get(VolontaireView.class).missionsAffichees()).hasSize(2);
    }

    @Test
    void the_programme_age_rule_is_explained_in_french() {
        Volontaire v = fixtures.volontaire("Age" + AtlasFixtures.token(), LocalDate.of(1990, 6, 1));
        CollectivitePartenaire partenaire = fixtures.atlas.partenaire("BJ");
        login(Role.VOLONTARIAT);
        navigate(JeunesseRoutes.volontaire(v.getId()));
        VolontaireView view = _get(VolontaireView.class);
        fillMission(view.missionForm, partenaire, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 2, 28));
        _click(view.ajouter);
        assertThat(view.error.getText())
                .isEqualTo("Ce programme accueille les volontaires de 18 à 30 ans au départ : "
                        + "vérifiez la date de naissance ou choisissez un autre programme.");

        _setValue(view.missionForm.programme, Programme.VSI);
        _click(view.ajouter);
        assertThat(_get(VolontaireView.class).missionsAffichees()).hasSize(1);
    }

    @Test
    void the_administrator_exports_and_erases_a_person_and_the_placements_stay() {
        Volontaire v = fixtures.volontaire("Efface" + AtlasFixtures.token(), LocalDate.of(2000, 1, 1));
        fixtures.mission(
                v,
                Direction.ENVOI,
                "SN",
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 6, 1),
                StatutMission.TERMINEE,
                null);
        login(Role.VOLONTARIAT);
        navigate(JeunesseRoutes.volontaire(v.getId()));
        assertThat(_get(VolontaireView.class).effacer.isAttached()).isFalse();

        login(Role.ADMIN);
        navigate(JeunesseRoutes.volontaire(v.getId()));
        VolontaireView view = _get(VolontaireView.class);
        assertThat(view.exporter.isAttached()).isTrue();
        _click(view.effacer);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        view = _get(VolontaireView.class);
        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText())
                .isEqualTo("Volontaire anonymisé n° " + v.getId());
        assertThat(view.form.nom.getValue()).isEmpty();
        assertThat(view.form.nom.isReadOnly()).isTrue();
        assertThat(view.missionsAffichees()).hasSize(1);
        assertThat(volontaires.exporter(v.getId())).doesNotContain(v.getNom());
        assertThat(_find(VolontaireView.class).get(0).effacer.isAttached()).isFalse();
    }

    @Test
    void a_required_field_left_empty_is_shown_next_to_it_and_the_input_stays() {
        login(Role.VOLONTARIAT);
        navigate(JeunesseRoutes.volontaire(JeunesseRoutes.NOUVEAU));
        VolontaireView view = _get(VolontaireView.class);
        _setValue(view.form.prenom, "Kossi");
        _click(view.save);
        assertThat(view.form.nom.isInvalid()).isTrue();
        assertThat(view.form.nom.getErrorMessage()).isEqualTo("Saisissez le nom du volontaire.");
        assertThat(view.form.consentementLe.getErrorMessage())
                .isEqualTo("Saisissez la date à laquelle le volontaire a consenti au traitement de ses données.");
        assertThat(view.form.prenom.getValue()).isEqualTo("Kossi");
    }

    @Test
    void a_change_saved_meanwhile_by_someone_else_is_reported_in_french_and_the_input_stays() {
        Volontaire v = fixtures.volontaire("Conflit" + AtlasFixtures.token(), LocalDate.of(2000, 1, 1));
        login(Role.VOLONTARIAT);
        navigate(JeunesseRoutes.volontaire(v.getId()));
        VolontaireView view = _get(VolontaireView.class);
        Volontaire ailleurs = volontaires.get(v.getId());
        ailleurs.setTelephone("+229 01 02 03 04");
        volontaires.save(ailleurs);

        _setValue(view.form.telephone, "+33 6 00 00 00 00");
        _click(view.save);
        assertThat(view.error.getText()).startsWith("Quelqu’un d’autre a modifié cette fiche");
        assertThat(view.form.telephone.getValue()).isEqualTo("+33 6 00 00 00 00");
    }

    void fillMission(MissionForm form, CollectivitePartenaire partenaire, LocalDate debut, LocalDate fin) {
        _setValue(form.direction, Direction.ENVOI);
        _setValue(form.programme, Programme.VOLONTARIAT_RECIPROCITE);
        _setValue(form.pays, partenaire.getPays());
        _setValue(form.ville, "Abomey");
        _setValue(form.francaise, fixtures.atlas.commune("69123"));
        _setValue(form.partenaire, partenaire);
        _setValue(form.dateDebut, debut);
        _setValue(form.dateFin, fin);
        _setValue(form.statut, StatutMission.PREVUE);
    }
}
