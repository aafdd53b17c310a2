package fr.coopdec.pact3.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.pact3.Appel;
import fr.coopdec.pact3.Classement;
import fr.coopdec.pact3.Jure;
import fr.coopdec.pact3.MissionExploratoire;
import fr.coopdec.pact3.NatureDepense;
import fr.coopdec.pact3.Pact3Fixtures;
import fr.coopdec.pact3.PaysEligible;
import fr.coopdec.pact3.StatutCandidature;
import fr.coopdec.pact3.StatutMissionExploratoire;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.KaribuTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A whole PACT3 cycle driven through the pages, as its users would: DAECT opens a call, Lyon applies,
 * two jurors score, DAECT labels, Lyon proposes a mission (refused in a country with many partnerships,
 * accepted in an eligible one), DAECT approves and pays, Lyon reports, DAECT closes.
 */
class Pact3CycleViewTest extends KaribuTest {

    @Autowired
    AtlasFixtures atlas;

    @Autowired
    Pact3Fixtures fixtures;

    @Test
    void call_application_two_jurors_label_and_mission() {
        String title = "Appel cycle " + AtlasFixtures.token();
        Partenariat reference = fixtures.partenariat("69123", "BJ");
        for (int i = 0; i < 6; i++) {
            fixtures.partenariat("33063", "MA");
        }

        // DAECT opens a call.
        login(Role.ADMIN);
        navigate("pact3/appels");
        AppelsView appels = _get(AppelsView.class);
        _click(appels.nouveau);
        _setValue(appels.form.annee, LocalDate.now().getYear());
        _setValue(appels.form.intitule, title);
        _setValue(appels.form.ouverture, LocalDate.now().minusDays(1));
        _setValue(appels.form.cloture, LocalDate.now().plusDays(30));
        _setValue(appels.form.plafond, new BigDecimal("8000"));
        _setValue(appels.form.criteres, "Qualité du savoir-faire ; 2\nRéférences ; 1");
        _click(appels.enregistrer);
        NotificationsKt.expectNotifications("Appel « " + title + " » enregistré.");
        Appel appel = GridKt._findAll(appels.grid).stream()
                .filter(a -> a.getIntitule().equals(title))
                .findFirst()
                .orElseThrow();
        assertThat(appel.getCriteres()).hasSize(2);

        // Lyon applies: draft, attachment, submission.
        String lyon = testUsers.create(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(atlas.commune("69123")));
        login(lyon);
        navigate("pact3/candidatures");
        CandidaturesView candidatures = Pact3Ui.brouillonAvecPiece(
                appel,
                reference,
                atlas.thematique("EAU_ASSAINISSEMENT"),
                "Régie publique de l’eau et assainissement",
                "Direction des relations internationales");
        assertThat(candidatures.pieces.getChildren()).hasSize(1);
        _click(candidatures.soumettre);
        NotificationsKt.expectNotifications(
                "Candidature soumise. Elle ne peut plus être modifiée ; le jury va l’examiner.");
        assertThat(candidatures.soumettre.isVisible()).isFalse();
        assertThat(GridKt._getFormatted(candidatures.grid, 0, "statut")).isEqualTo("Soumise");

        // DAECT assigns two jurors.
        String juror1 = testUsers.create(Role.AFD);
        String juror2 = testUsers.create(Role.POSTE);
        login(testUsers.create(Role.ADMIN));
        navigate(Pact3Routes.juryAdmin(appel.getId()));
        JuryAdminView juryAdmin = _get(JuryAdminView.class);
        juryAdmin.grid.select(GridKt._get(juryAdmin.grid, 0));
        for (String juror : List.of(juror1, juror2)) {
            _setValue(juryAdmin.jureEmail, juror);
            _click(juryAdmin.assigner);
            NotificationsKt.expectNotifications("Juré " + juror + " assigné.");
        }
        assertThat(juryAdmin.jures.getChildren()).hasSize(2);

        // Each juror declares no conflict, then scores.
        score(juror1, 5, 4); // (10 + 4) / 3 = 4.67
        score(juror2, 3, 3); // 3 → mean 3.83

        // DAECT labels.
        login(testUsers.create(Role.ADMIN));
        navigate(Pact3Routes.juryAdmin(appel.getId()));
        juryAdmin = _get(JuryAdminView.class);
        assertThat(GridKt._getFormatted(juryAdmin.grid, 0, "moyenne")).isEqualTo("3,83");
        assertThat(GridKt._getFormatted(juryAdmin.grid, 0, "rang")).isEqualTo("1");
        juryAdmin.grid.select(GridKt._get(juryAdmin.grid, 0));
        _setValue(juryAdmin.motif, "Savoir-faire reconnu en eau et assainissement");
        _click(juryAdmin.labelliser);
        NotificationsKt.expectNotifications("Lyon est labellisée ; la collectivité en est informée par courriel.");
        assertThat(fixtures.dernierMail(lyon))
                .contains("labellisée")
                .contains("Savoir-faire reconnu en eau et assainissement");
        Classement decided = GridKt._get(juryAdmin.grid, 0);
        assertThat(decided.candidature().getStatut()).isEqualTo(StatutCandidature.LABELLISEE);

        // Lyon proposes missions: refused in Morocco (many partnerships), accepted in an eligible country.
        login(lyon);
        navigate("pact3/missions");
        MissionsExploratoiresView missions = _get(MissionsExploratoiresView.class);
        missions.form.label.setValue(missions.form
                .label
                .getListDataView()
                .getItems()
                .filter(c -> c.getId().equals(decided.candidature().getId()))
                .findFirst()
                .orElseThrow());
        _setValue(missions.form.pays, atlas.pays("MA"));
        _setValue(missions.form.objet, "Prospection auprès des communes");
        _setValue(missions.form.lignes.get(NatureDepense.TRANSPORT), new BigDecimal("3000"));
        _setValue(missions.form.lignes.get(NatureDepense.PER_DIEM), new BigDecimal("1500"));
        _click(missions.proposer);
        assertThat(NotificationsKt.getNotifications()).singleElement().satisfies(n -> assertThat(
                        n.getElement().getProperty("text"))
                .startsWith("Maroc compte ")
                .contains("plus que le maximum de 5 fixé pour les missions exploratoires"));
        NotificationsKt.clearNotifications();
        assertThat(GridKt._findAll(missions.grid))
                .noneMatch(m ->
                        m.getCandidature().getId().equals(decided.candidature().getId()));

        PaysEligible eligible = GridKt._get(missions.eligibles.grid, 0);
        _setValue(missions.form.pays, atlas.pays(eligible.code()));
        _click(missions.proposer);
        NotificationsKt.expectNotifications("Mission proposée : la DAECT va l’examiner.");
        MissionExploratoire mission = GridKt._findAll(missions.grid).stream()
                .filter(m ->
                        m.getCandidature().getId().equals(decided.candidature().getId()))
                .findFirst()
                .orElseThrow();
        assertThat(mission.budget()).isEqualByComparingTo("4500");

        // DAECT approves and records a payment.
        login(testUsers.create(Role.ADMIN));
        navigate("pact3/missions");
        missions = _get(MissionsExploratoiresView.class);
        missions.grid.select(row(missions, mission.getId()));
        _click(missions.actions.approuver);
        NotificationsKt.expectNotifications("Mission mise à jour.");
        _setValue(missions.actions.datePaiement, LocalDate.now());
        _setValue(missions.actions.montant, new BigDecimal("2000"));
        _click(missions.actions.payer);
        NotificationsKt.expectNotifications("Mission mise à jour.");

        // Lyon reports.
        login(lyon);
        navigate("pact3/missions");
        missions = _get(MissionsExploratoiresView.class);
        missions.grid.select(row(missions, mission.getId()));
        _click(missions.actions.realisee);
        NotificationsKt.expectNotifications("Mission mise à jour.");
        UploadKt._upload(
                missions.actions.rapport,
                "rapport.pdf",
                "application/pdf",
                "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();
        NotificationsKt.expectNotifications("Mission mise à jour.");

        // DAECT closes.
        login(testUsers.create(Role.ADMIN));
        navigate("pact3/missions");
        missions = _get(MissionsExploratoiresView.class);
        missions.grid.select(row(missions, mission.getId()));
        assertThat(missions.actions.cloturer.isVisible()).isTrue();
        _click(missions.actions.cloturer);
        NotificationsKt.expectNotifications("Mission mise à jour.");
        MissionExploratoire closed = GridKt._findAll(missions.grid).stream()
                .filter(m -> m.getId().equals(mission.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(closed.getStatut()).isEqualTo(StatutMissionExploratoire.CLOTUREE);
        assertThat(closed.totalPaye()).isEqualByComparingTo("2000");
    }

    private static MissionExploratoire row(MissionsExploratoiresView view, long id) {
        return GridKt._findAll(view.grid).stream()
                .filter(m -> m.getId() == id)
                .findFirst()
                .orElseThrow();
    }

    private void score(String juror, int first, int second) {
        login(juror);
        navigate("pact3/jury");
        JuryView jury = _get(JuryView.class);
        Jure assignment = GridKt._get(jury.grid, 0);
        jury.grid.select(assignment);
        _setValue(jury.sansConflit, true);
        _click(jury.declarer);
        NotificationsKt.expectNotifications("Déclaration enregistrée : vous pouvez noter la candidature.");
        _setValue(jury.notes.get(0), first);
        _setValue(jury.commentaires.get(0), "Expérience solide");
        _setValue(jury.notes.get(1), second);
        _click(jury.noter);
        NotificationsKt.expectNotifications("Notes enregistrées.");
        assertThat(GridKt._getFormatted(jury.grid, 0, "etat")).isEqualTo("Notée");
    }
}
