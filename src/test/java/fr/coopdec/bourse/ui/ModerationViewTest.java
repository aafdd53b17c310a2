package fr.coopdec.bourse.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.bourse.BourseFixtures;
import fr.coopdec.bourse.FicheBourse;
import fr.coopdec.bourse.SoumissionService;
import fr.coopdec.bourse.Transition;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ModerationViewTest extends KaribuTest {

    @Autowired
    BourseFixtures fixtures;

    @Autowired
    SoumissionService soumission;

    @Autowired
    JdbcTemplate jdbc;

    private String statut(FicheBourse f) {
        return jdbc.queryForObject("SELECT statut FROM bourse_fiche WHERE id = ?", String.class, f.getId());
    }

    private void bouton(String text) {
        _click(_get(Button.class, spec -> spec.withText(text)));
    }

    @Test
    void the_queue_lists_confirmed_sheets_only() {
        String t = AtlasFixtures.token();
        FicheBourse confirmee = fixtures.soumise(fixtures.francaise("Confirmée " + t, List.of("BJ"), "SANTE"));
        FicheBourse nonConfirmee = soumission
                .soumettre(
                        fixtures.francaise("Pas confirmée " + t, List.of("BJ"), "SANTE"),
                        List.of(),
                        BourseFixtures.ip(),
                        null)
                .orElseThrow();
        login(Role.ADMIN);
        navigate(BourseRoutes.MODERATION);
        ModerationView view = _get(ModerationView.class);
        _setValue(view.texte, t);

        assertThat(GridKt._findAll(view.grid))
                .extracting(FicheBourse::getId)
                .containsExactly(confirmee.getId())
                .doesNotContain(nonConfirmee.getId());
    }

    @Test
    void daect_reviews_then_publishes_and_every_step_is_in_the_history() {
        FicheBourse f =
                fixtures.soumise(fixtures.francaise("Objectif " + AtlasFixtures.token(), List.of("BJ"), "SANTE"));
        String admin = login(Role.ADMIN);
        navigate(BourseRoutes.moderation(f.getId()));

        bouton("Prendre en charge");
        NotificationsKt.expectNotifications("Fiche passée à l’état « En cours d’examen ».");
        bouton("Publier");
        NotificationsKt.expectNotifications("Fiche passée à l’état « Publiée ».");

        assertThat(statut(f)).isEqualTo("PUBLIEE");
        ModerationFicheView view = _get(ModerationFicheView.class);
        List<Transition> history = GridKt._findAll(view.historique);
        assertThat(history).extracting(tr -> tr.getVers().name()).containsExactly("SOUMISE", "EN_REVUE", "PUBLIEE");
        assertThat(history.get(2).getPar()).isEqualTo(admin);
        assertThat(GridKt._getFormatted(view.historique, 2, "de")).isEqualTo("En cours d’examen");

        bouton("Marquer mise en relation");
        bouton("Archiver");
        assertThat(statut(f)).isEqualTo("ARCHIVEE");
        assertThat(_find(Button.class, spec -> spec.withText("Publier"))).isEmpty();
    }

    @Test
    void a_refusal_without_reason_is_refused_and_with_one_the_sender_is_told_why() {
        FicheBourse f =
                fixtures.soumise(fixtures.francaise("Objectif " + AtlasFixtures.token(), List.of("BJ"), "SANTE"));
        login(Role.ADMIN);
        navigate(BourseRoutes.moderation(f.getId()));

        bouton("Refuser");
        NotificationsKt.expectNotifications("Indiquez le motif du refus : il sera envoyé à l’expéditeur.");
        assertThat(statut(f)).isEqualTo("SOUMISE");

        ModerationFicheView view = _get(ModerationFicheView.class);
        _setValue(view.motif, "Les objectifs ne sont pas décrits.");
        bouton("Refuser");

        assertThat(statut(f)).isEqualTo("REFUSEE");
        assertThat(GridKt._getFormatted(view.historique, 1, "motif")).isEqualTo("Les objectifs ne sont pas décrits.");
        assertThat(fixtures.mails(f.getContactEmail())).last().satisfies(m -> assertThat(m.getCorps())
                .contains("Les objectifs ne sont pas décrits."));
    }

    @Test
    void daect_adds_internal_comments() {
        FicheBourse f =
                fixtures.soumise(fixtures.francaise("Objectif " + AtlasFixtures.token(), List.of("BJ"), "SANTE"));
        String admin = login(Role.ADMIN);
        navigate(BourseRoutes.moderation(f.getId()));
        _setValue(_get(ModerationFicheView.class).commentaire, "Vérifier le contact.");
        bouton("Ajouter le commentaire");

        assertThat(_get(ModerationFicheView.class).commentaires.getChildren().map(c -> ((ListItem) c).getText()))
                .containsExactly(admin + " : Vérifier le contact.");
    }

    @Test
    void daect_opens_the_attachments_of_a_sheet() {
        FicheBourse sent = soumission
                .soumettre(
                        fixtures.francaise("Objectif " + AtlasFixtures.token(), List.of("BJ"), "SANTE"),
                        List.of(new fr.coopdec.bourse.PieceEnvoyee("plan-eau.pdf", ProposerViewTest.PDF)),
                        BourseFixtures.ip(),
                        null)
                .orElseThrow();
        soumission.confirmer(sent.getConfirmationToken());
        login(Role.ADMIN);
        navigate(BourseRoutes.moderation(sent.getId()));

        com.vaadin.flow.component.html.Anchor link =
                _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withText("plan-eau.pdf"));
        assertThat(link.getHref()).isNotBlank();
    }

    @Test
    void embassy_posts_may_not_open_the_moderation() {
        navigate("");
        login(testUsers.create(Role.POSTE, u -> u.setPays(fixtures.pays("BJ"))));
        navigate(BourseRoutes.MODERATION);
        assertThatThrownBy(() -> _find(ModerationView.class))
                .hasMessageContaining("com.vaadin.flow.router.AccessDeniedException");
    }
}
