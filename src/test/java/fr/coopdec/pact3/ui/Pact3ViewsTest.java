package fr.coopdec.pact3.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.pact3.Appel;
import fr.coopdec.pact3.AppelPact3Service;
import fr.coopdec.pact3.Candidature;
import fr.coopdec.pact3.Pact3Fixtures;
import fr.coopdec.pact3.PaysEligible;
import fr.coopdec.security.ui.LoginView;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.KaribuTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each PACT3 page for the users who may open it, and refused to the others. */
class Pact3ViewsTest extends KaribuTest {

    @Autowired
    AtlasFixtures atlas;

    @Autowired
    Pact3Fixtures fixtures;

    @Autowired
    AppelPact3Service appels;

    @Test
    void a_call_with_malformed_criteria_is_refused_and_the_input_kept() {
        login(Role.ADMIN);
        navigate("pact3/appels");
        AppelsView view = _get(AppelsView.class);
        _setValue(view.form.intitule, "Appel " + AtlasFixtures.token());
        _setValue(view.form.ouverture, LocalDate.now());
        _setValue(view.form.cloture, LocalDate.now().minusDays(1));
        _setValue(view.form.criteres, "Qualité sans poids");
        _click(view.enregistrer);
        NotificationsKt.expectNotifications(
                "Certains champs sont incomplets ou incorrects : corrigez les messages affichés en rouge.");
        assertThat(view.form.criteres.getValue()).isEqualTo("Qualité sans poids");
        assertThat(view.form.criteres.isInvalid()).isTrue();
        assertThat(view.form.cloture.getErrorMessage())
                .isEqualTo("La date de clôture doit suivre la date d’ouverture.");
    }

    @Test
    void daect_sets_n_of_the_eligible_countries() {
        login(Role.ADMIN);
        navigate("pact3/appels");
        AppelsView view = _get(AppelsView.class);
        _setValue(view.seuil, 5);
        _click(view.enregistrerSeuil);
        NotificationsKt.expectNotifications("N est désormais fixé à 5.");
        assertThat(appels.seuilPartenariats()).isEqualTo(5);
    }

    @Test
    void local_authorities_may_not_manage_calls_nor_the_jury() {
        navigate("");
        login(testUsers.create(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(atlas.commune("69123"))));
        navigate("pact3/appels");
        assertThatThrownBy(() -> _find(AppelsView.class)).hasMessageContaining("AccessDeniedException");
        navigate(Pact3Routes.juryAdmin(fixtures.appelOuvert().getId()));
        assertThatThrownBy(() -> _find(JuryAdminView.class)).hasMessageContaining("AccessDeniedException");
    }

    @Test
    void a_late_submission_is_refused_on_the_page_with_a_clear_message() {
        Appel appel = fixtures.appelOuvert();
        String email = testUsers.create(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(atlas.commune("42218")));
        login(email);
        navigate("pact3/candidatures");
        CandidaturesView view = _get(CandidaturesView.class);
        _click((com.vaadin.flow.component.button.Button) GridKt._getCellComponent(
                view.ouverts, GridKt._findAll(view.ouverts).indexOf(appel), "candidater"));
        fixtures.asAdmin(() -> {
            Appel stored = appels.findById(appel.getId()).orElseThrow();
            stored.setDateOuverture(LocalDate.now().minusDays(30));
            stored.setDateCloture(LocalDate.now().minusDays(2));
            return appels.save(stored);
        });
        login(email);
        navigate("pact3/candidatures");
        view = _get(CandidaturesView.class);
        Candidature draft = GridKt._findAll(view.grid).stream()
                .filter(c -> c.getAppel().getId().equals(appel.getId()))
                .findFirst()
                .orElseThrow();
        view.grid.select(draft);
        _setValue(view.form.themes, java.util.Set.of(atlas.thematique("CULTURE")));
        _setValue(view.form.savoirFaire, "Soumis trop tard");
        _click(view.soumettre);
        String date = fr.coopdec.shared.ui.Dates.date(LocalDate.now().minusDays(2), java.util.Locale.FRENCH);
        NotificationsKt.expectNotifications(
                "L’appel a été clos le " + date + " : la candidature ne peut plus être enregistrée ni soumise."
                        + " Vos saisies restent affichées ; contactez la DAECT si vous pensez qu’il s’agit d’une erreur.");
        assertThat(view.form.savoirFaire.getValue()).isEqualTo("Soumis trop tard");
    }

    @Test
    void an_authority_sees_only_its_own_applications_on_its_page() {
        Appel appel = fixtures.appelOuvert();
        Candidature bordeaux = fixtures.soumise(appel, fixtures.collectivite("33063"));
        Candidature brest = fixtures.soumise(appel, fixtures.collectivite("29019"));
        login(testUsers.create(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(atlas.commune("33063"))));
        navigate("pact3/candidatures");
        assertThat(GridKt._findAll(_get(CandidaturesView.class).grid))
                .contains(bordeaux)
                .doesNotContain(brest)
                .allMatch(c -> c.getCollectiviteNom().equals("Bordeaux"));
    }

    @Test
    void a_juror_sees_only_the_applications_assigned_to_them() {
        Candidature c = fixtures.soumise(fixtures.appelOuvert(), fixtures.collectivite("69123"));
        String assigned = fixtures.jureNote(c, 2, 2);
        login(assigned);
        navigate("pact3/jury");
        assertThat(GridKt._findAll(_get(JuryView.class).grid))
                .extracting(j -> j.getCandidature().getId())
                .containsExactly(c.getId());

        login(testUsers.create(Role.AFD));
        navigate("pact3/jury");
        assertThat(GridKt._size(_get(JuryView.class).grid)).isZero();
    }

    @Test
    void the_jury_menu_entry_shows_for_jurors_only() {
        login(testUsers.create(Role.AFD));
        assertThat(menuLabels()).contains("PACT3 — Lauréats").doesNotContain("PACT3 — Jury");
        login(Role.ADMIN);
        assertThat(menuLabels()).contains("PACT3 — Appels").doesNotContain("PACT3 — Jury");

        Candidature c = fixtures.soumise(fixtures.appelOuvert(), fixtures.collectivite("69123"));
        String juror = testUsers.create(Role.AFD);
        fixtures.asAdmin(
                () -> context.getBean(fr.coopdec.pact3.JuryService.class).assigner(c.getId(), juror));
        login(juror);
        assertThat(menuLabels()).contains("PACT3 — Jury");
    }

    private static List<String> menuLabels() {
        return _find(com.vaadin.flow.component.sidenav.SideNavItem.class).stream()
                .map(com.vaadin.flow.component.sidenav.SideNavItem::getLabel)
                .toList();
    }

    @Test
    void a_juror_reads_the_application_and_its_attachments() {
        fr.coopdec.pact3.Appel appel = fixtures.appelOuvert();
        String lyon = fixtures.collectivite("69123");
        login(lyon);
        navigate("pact3/candidatures");
        CandidaturesView candidatures = _get(CandidaturesView.class);
        _click((com.vaadin.flow.component.button.Button) GridKt._getCellComponent(
                candidatures.ouverts, GridKt._findAll(candidatures.ouverts).indexOf(appel), "candidater"));
        com.github.mvysny.kaributesting.v10.UploadKt._upload(
                candidatures.upload,
                "references.pdf",
                "application/pdf",
                "%PDF-1.4 references".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip();
        assertThat(_get(
                        candidatures.pieces,
                        com.vaadin.flow.component.html.Anchor.class,
                        spec -> spec.withText("references.pdf")))
                .isNotNull();
        Candidature c = fixtures.soumise(appel, lyon);
        String juror = testUsers.create(Role.AFD);
        fixtures.asAdmin(
                () -> context.getBean(fr.coopdec.pact3.JuryService.class).assigner(c.getId(), juror));

        login(juror);
        navigate("pact3/jury");
        JuryView view = _get(JuryView.class);
        view.grid.select(GridKt._get(view.grid, 0));
        assertThat(view.resume.getText())
                .contains("Eau potable et assainissement")
                .contains("Gestion de l’eau potable");
        assertThat(_get(
                                view.pieces,
                                com.vaadin.flow.component.html.Anchor.class,
                                spec -> spec.withText("references.pdf"))
                        .getHref())
                .isNotBlank();
    }

    @Test
    void a_juror_must_tick_the_declaration_before_scoring() {
        Candidature c = fixtures.soumise(fixtures.appelOuvert(), fixtures.collectivite("69123"));
        String juror = testUsers.create(Role.AFD);
        fixtures.asAdmin(
                () -> context.getBean(fr.coopdec.pact3.JuryService.class).assigner(c.getId(), juror));
        login(juror);
        navigate("pact3/jury");
        JuryView view = _get(JuryView.class);
        view.grid.select(GridKt._get(view.grid, 0));
        assertThat(view.noter.isVisible()).isFalse();
        _click(view.declarer);
        NotificationsKt.expectNotifications(
                "Cochez la déclaration d’absence de conflit d’intérêts avant de la confirmer.");
    }

    @Test
    void the_public_finds_laureates_by_theme() {
        Candidature culture = fixtures.laureat(fixtures.collectivite("42218"), "CULTURE");
        Candidature sport = fixtures.laureat(fixtures.collectivite("29019"), "SPORT");
        UI.getCurrent().getPage().reload();
        navigate("pact3/laureats");
        LaureatsView view = _get(LaureatsView.class);
        assertThat(GridKt._findAll(view.grid)).contains(culture, sport);
        _setValue(view.theme, atlas.thematique("CULTURE"));
        assertThat(GridKt._findAll(view.grid)).contains(culture).doesNotContain(sport);
        int row = GridKt._findAll(view.grid).indexOf(culture);
        assertThat(GridKt._getFormatted(view.grid, row, "themes"))
                .isEqualTo(atlas.thematique("CULTURE").getLibelleFr());
        assertThat(view.count.getText()).endsWith("résultat(s)");
    }

    @Test
    void the_missions_page_shows_the_eligible_countries_as_a_map_and_a_list() {
        login(Role.ADMIN);
        navigate("pact3/missions");
        MissionsExploratoiresView view = _get(MissionsExploratoiresView.class);
        PaysEligible first = GridKt._get(view.eligibles.grid, 0);
        assertThat(first.partenariatsActifs()).isLessThanOrEqualTo(appels.seuilPartenariats());
        assertThat(view.eligibles.map.getOption())
                .contains("\"map\":\"world\"")
                .contains("\"name\":\"" + first.code() + "\"");
        assertThat(GridKt._size(view.eligibles.grid))
                .isEqualTo(fixtures.asAdmin(() -> context.getBean(fr.coopdec.pact3.MissionExploratoireService.class)
                        .paysEligibles()
                        .size()));
    }

    @Test
    void a_laureate_picks_the_mission_country_in_the_list_of_eligible_countries() {
        String email = fixtures.collectivite("31555");
        fixtures.laureat(email);
        login(email);
        navigate("pact3/missions");
        MissionsExploratoiresView view = _get(MissionsExploratoiresView.class);
        PaysEligible second = GridKt._get(view.eligibles.grid, 1);
        GridKt._clickItem(view.eligibles.grid, 1);
        assertThat(view.form.pays.getValue().getCodeAlpha2()).isEqualTo(second.code());
        assertThat(view.form.label.getValue()).isNotNull();
    }

    @Test
    void embassy_posts_may_not_open_the_missions_and_anonymous_visitors_must_sign_in() {
        navigate("");
        login(Role.POSTE);
        navigate("pact3/missions");
        assertThatThrownBy(() -> _find(MissionsExploratoiresView.class)).hasMessageContaining("AccessDeniedException");
        logout();
        UI.getCurrent().getPage().reload();
        navigate("pact3/candidatures");
        // anonymous: the French 403 page with a link to sign in (Karibu's error view throws instead)
        assertThatThrownBy(() -> _get(LoginView.class)).hasMessageContaining("AccessDeniedException");
    }
}
