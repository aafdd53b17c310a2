package fr.coopdec.ficol.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static fr.coopdec.ficol.ui.FicolUi.clic;
import static fr.coopdec.ficol.ui.FicolUi.ligne;
import static fr.coopdec.ficol.ui.FicolUi.notifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.ficol.FicolDossier;
import fr.coopdec.ficol.FicolDossierService;
import fr.coopdec.ficol.FicolFixtures;
import fr.coopdec.ficol.SourcePlan;
import fr.coopdec.ficol.StatutDossier;
import fr.coopdec.shared.security.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A whole FICOL cycle driven through the pages: an ineligible country, a 25 % own share and a plan
 * that does not add up are each refused with a French explanation; the valid file is then instructed
 * by AFD and reaches its second tranche.
 */
class FicolCycleViewTest extends fr.coopdec.support.KaribuTest {

    @Autowired
    FicolFixtures fixtures;

    @Autowired
    AtlasFixtures atlas;

    @Autowired
    FicolDossierService service;

    @Test
    void a_file_is_refused_three_times_with_reasons_then_reaches_its_second_tranche() {
        Partenariat chili = fixtures.partenariat("69123", "CL");
        Partenariat benin = fixtures.partenariat("69123", "BJ");
        String lyon = testUsers.create(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(atlas.commune("69123")));
        String afd = testUsers.create(Role.AFD);
        String titre = "Eau potable à Abomey " + AtlasFixtures.token();

        login(lyon);
        navigate("ficol/dossier/nouveau");
        FicolDossierView view = _get(FicolDossierView.class);
        _setValue(view.form.intitule, titre);
        _setValue(view.form.partenariat, service.partenariat(chili.getId()).orElseThrow());
        assertThat(view.form.pays.getValue()).isEqualTo("Chili");
        _setValue(view.form.duree, 36);
        _setValue(view.form.budget, new BigDecimal("1000000"));
        ligne(view.plan, SourcePlan.AFD_FICOL, 2027, "Réseau d’eau", 600_000);
        ligne(view.plan, SourcePlan.COLLECTIVITE, 2027, "Assistance technique", 250_000);
        ligne(view.plan, SourcePlan.UNION_EUROPEENNE, 2028, "Équipements", 150_000);
        assertThat(view.plan.total.getText()).startsWith("Total du plan : 1");

        // 1. A country off the DAC list.
        _click(view.deposer);
        assertThat(notifications())
                .anyMatch(n -> n.startsWith("Le dossier ne peut pas être déposé : Chili est classé "
                        + "« Hors liste des bénéficiaires de l’APD » sur la liste CAD de l’OCDE"));
        assertThat(view.eligibilite.textes()).anyMatch(t -> t.startsWith("✘ Non conforme : Chili est classé"));
        long id = view.dossierId();
        assertThat(service.get(id).getStatut()).isEqualTo(StatutDossier.BROUILLON);

        // 2. The right country, but an own share of 25 %.
        NotificationsKt.clearNotifications();
        _setValue(view.form.partenariat, service.partenariat(benin.getId()).orElseThrow());
        _click(view.deposer);
        assertThat(notifications())
                .anyMatch(
                        n -> n.contains(
                                "La part propre des collectivités ne représente que 25 % du budget ; il en faut au moins 30 %"));
        assertThat(notifications()).noneMatch(n -> n.contains("Bénin est classé"));

        // 3. An own share of 35 %, but a plan that does not add up to the budget.
        NotificationsKt.clearNotifications();
        _click((Button) GridKt._getCellComponent(view.plan.grid, 2, "retirer"));
        ligne(view.plan, SourcePlan.COLLECTIVITE, 2028, "Formation", 100_000);
        _click(view.deposer);
        assertThat(notifications())
                .anyMatch(n ->
                        n.contains("Le plan de financement totalise 950 000 € alors que le budget est de 1 000 000 €"));

        // 4. The plan balanced: submitted.
        NotificationsKt.clearNotifications();
        ligne(view.plan, SourcePlan.AUTRE, 2028, "Suivi-évaluation", 50_000);
        _click(view.deposer);
        assertThat(service.get(id).getStatut()).isEqualTo(StatutDossier.DEPOSE);
        assertThat(view.statut.getText()).isEqualTo("Déposé");
        assertThat(view.form.intitule.isReadOnly()).isTrue();

        // AFD instructs and pays the first tranche.
        login(afd);
        navigate(FicolRoutes.dossier(id));
        view = _get(FicolDossierView.class);
        clic("Ouvrir l’examen d’éligibilité");
        clic("Conclure l’examen d’éligibilité");
        assertThat(view.statut.getText()).isEqualTo("En instruction");
        _setValue(view.instruction.note, "Maîtrise d’ouvrage solide ; budget cohérent.");
        clic("Ajouter la note");
        clic("Transmettre au comité");
        _setValue(view.instruction.montantAccorde, new BigDecimal("500000"));
        clic("Accorder la subvention");
        _setValue(view.instruction.dateSignature, LocalDate.now());
        clic("Enregistrer la signature de la convention");
        _setValue(view.instruction.montantTranche, new BigDecimal("200000"));
        clic("Verser la tranche");
        assertThat(GridKt._size(view.tranches.grid)).isEqualTo(1);

        // The second tranche waits for the first report.
        NotificationsKt.clearNotifications();
        _setValue(view.instruction.montantTranche, new BigDecimal("200000"));
        clic("Verser la tranche");
        assertThat(notifications())
                .contains("La tranche suivante ne peut être versée qu’une fois le rapport de la tranche 1 approuvé.");

        login(lyon);
        navigate(FicolRoutes.dossier(id));
        view = _get(FicolDossierView.class);
        _click(button(view, "Déposer le rapport de la tranche 1"));

        login(afd);
        navigate(FicolRoutes.dossier(id));
        view = _get(FicolDossierView.class);
        _click(button(view, "Approuver le rapport de la tranche 1"));
        _setValue(view.instruction.montantTranche, new BigDecimal("200000"));
        clic("Verser la tranche");

        assertThat(GridKt._size(view.tranches.grid)).isEqualTo(2);
        FicolDossier dossier = service.get(id);
        assertThat(dossier.getMontantVerse()).isEqualByComparingTo("400000");
        assertThat(GridKt._getFormatted(view.journal.grid, 0, "action")).isEqualTo("Tranche versée");
        assertThat(GridKt._findAll(view.journal.grid))
                .anyMatch(j -> "Maîtrise d’ouvrage solide ; budget cohérent.".equals(j.getTexte()));
    }

    private static Button button(FicolDossierView view, String text) {
        HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(view.tranches.grid, 0, "actions");
        return actions.getChildren()
                .map(Button.class::cast)
                .filter(b -> text.equals(b.getText()))
                .findFirst()
                .orElseThrow();
    }
}
