package fr.coopdec.jeunesse.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.jeunesse.Direction;
import fr.coopdec.jeunesse.JeunesseFixtures;
import fr.coopdec.jeunesse.Mission;
import fr.coopdec.jeunesse.MissionService;
import fr.coopdec.jeunesse.StatutMission;
import fr.coopdec.jeunesse.Volontaire;
import fr.coopdec.referential.CollectivitePartenaire;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.KaribuTest;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MissionViewTest extends KaribuTest {

    @Autowired
    JeunesseFixtures fixtures;

    @Autowired
    MissionService missions;

    @Test
    void a_placement_is_interrupted_with_a_reason_and_ends_that_day() {
        Volontaire v = fixtures.volontaire("Stop" + AtlasFixtures.token(), LocalDate.of(2002, 2, 2));
        Mission m = fixtures.mission(
                v,
                Direction.ENVOI,
                "BJ",
                LocalDate.of(2025, 9, 1),
                LocalDate.of(2026, 8, 31),
                StatutMission.EN_COURS,
                null);
        login(Role.VOLONTARIAT);
        navigate(JeunesseRoutes.mission(m.getId()));
        MissionView view = _get(MissionView.class);
        _setValue(view.interrompueLe, LocalDate.of(2026, 1, 15));
        _click(view.interrompre);
        assertThat(view.error.getText()).isEqualTo("Indiquez le motif de l’interruption.");

        _setValue(view.motif, "Raisons de santé");
        _click(view.interrompre);

        assertThat(view.error.getText()).isEmpty();
        assertThat(view.details.getElement().getTextRecursively()).contains("Interrompue", "Raisons de santé");
        assertThat(view.interruption.isVisible()).isFalse();
        users(() -> {
            Mission stored = missions.get(m.getId());
            assertThat(stored.getStatut()).isEqualTo(StatutMission.INTERROMPUE);
            assertThat(stored.getDateFin()).isEqualTo(LocalDate.of(2026, 1, 15));
        });
    }

    @Test
    void the_invitation_letter_of_a_hosted_volunteer_is_a_french_pdf_ready_to_sign() throws IOException {
        String token = AtlasFixtures.token();
        Partenariat p = fixtures.atlas.partenariat("Lyon – Porto-Novo " + token, fixtures.atlas.commune("69123"), "BJ");
        CollectivitePartenaire partenaire =
                p.getCollectivitesPartenaires().iterator().next();
        Volontaire v = fixtures.volontaire("Invite" + token, LocalDate.of(2001, 7, 14));
        Mission m = fixtures.mission(
                v,
                Direction.ACCUEIL,
                fixtures.atlas.commune("69123"),
                partenaire,
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 8, 31),
                StatutMission.PREVUE,
                p.getId());
        login(Role.VOLONTARIAT);
        navigate(JeunesseRoutes.mission(m.getId()));
        MissionView view = _get(MissionView.class);
        assertThat(view.lettre.isVisible()).isTrue();

        byte[] pdf = DownloadKt._download(view.lettre);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text)
                .contains(
                        "Lettre d'invitation",
                        "Lyon a l'honneur d'inviter Awa INVITE" + token.toUpperCase(),
                        "né(e) le 14 juillet 2001",
                        "de nationalité Bénin",
                        "envoyé(e) par " + partenaire.getNom(),
                        "du 1 mars 2026 au 31 août 2026",
                        "Lyon – Porto-Novo " + token,
                        "Nom, qualité et signature");
    }

    @Test
    void a_placement_sent_abroad_has_no_invitation_letter() {
        Volontaire v = fixtures.volontaire("Envoi" + AtlasFixtures.token(), LocalDate.of(2001, 7, 14));
        Mission m = fixtures.mission(
                v,
                Direction.ENVOI,
                "BJ",
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 8, 31),
                StatutMission.PREVUE,
                null);
        login(Role.VOLONTARIAT);
        navigate(JeunesseRoutes.mission(m.getId()));
        assertThat(_get(MissionView.class).lettre.isVisible()).isFalse();
    }

    @Test
    void france_volontaires_changes_a_placement_and_an_overlap_is_refused_with_the_input_kept() {
        Volontaire v = fixtures.volontaire("Modif" + AtlasFixtures.token(), LocalDate.of(2001, 7, 14));
        Mission premiere = fixtures.mission(
                v,
                Direction.ENVOI,
                "BJ",
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 6, 30),
                StatutMission.TERMINEE,
                null);
        Mission seconde = fixtures.mission(
                v,
                Direction.ENVOI,
                "BJ",
                LocalDate.of(2025, 9, 1),
                LocalDate.of(2026, 6, 30),
                StatutMission.PREVUE,
                null);
        login(Role.VOLONTARIAT);
        navigate(JeunesseRoutes.mission(seconde.getId()));
        MissionView view = _get(MissionView.class);
        _setValue(view.form.statut, StatutMission.EN_COURS);
        _setValue(view.form.ville, "Bohicon");
        _click(view.enregistrer);
        assertThat(view.details.getElement().getTextRecursively()).contains("En cours", "Bohicon");

        _setValue(view.form.dateDebut, LocalDate.of(2025, 6, 1));
        _click(view.enregistrer);
        assertThat(view.error.getText()).startsWith("Ce volontaire a déjà une mission sur ces dates");
        assertThat(view.form.dateDebut.getValue()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(missions.get(premiere.getId()).getDateFin()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    private void users(Runnable check) {
        check.run();
    }
}
