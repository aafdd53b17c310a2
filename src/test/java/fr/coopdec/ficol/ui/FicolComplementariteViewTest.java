package fr.coopdec.ficol.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static fr.coopdec.appels.AppelsFixtures.ANNEE;
import static fr.coopdec.ficol.ui.FicolUi.ligne;
import static org.assertj.core.api.Assertions.assertThat;

import fr.coopdec.appels.AppelDaect;
import fr.coopdec.appels.AppelsFixtures;
import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.ficol.FicolDossierService;
import fr.coopdec.ficol.FicolFixtures;
import fr.coopdec.ficol.SourcePlan;
import fr.coopdec.shared.crossmodule.CategorieDepense;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.KaribuTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The FICOL page tells the authority, as it types its plan, that AFD cannot fund an expense a DAECT
 * call already funds: which expense, which year, which call.
 */
class FicolComplementariteViewTest extends KaribuTest {

    @org.springframework.beans.factory.annotation.Autowired
    FicolFixtures fixtures;

    @org.springframework.beans.factory.annotation.Autowired
    AppelsFixtures appels;

    @org.springframework.beans.factory.annotation.Autowired
    AtlasFixtures atlas;

    @org.springframework.beans.factory.annotation.Autowired
    FicolDossierService service;

    @Test
    void a_plan_line_on_an_expense_daect_funds_shows_the_explained_verdict() {
        Partenariat benin = fixtures.partenariat("69123", "BJ");
        AppelDaect appel = appels.appel(400_000);
        appels.accordee(appel, benin, 25_000);
        login(testUsers.create(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(atlas.commune("69123"))));

        navigate("ficol/dossier/nouveau");
        FicolDossierView view = _get(FicolDossierView.class);
        _setValue(view.form.intitule, "Formation à Abomey " + AtlasFixtures.token());
        _setValue(view.form.partenariat, service.partenariat(benin.getId()).orElseThrow());
        _setValue(view.form.duree, 24);
        _setValue(view.form.budget, new BigDecimal("1000000"));
        _setValue(view.plan.categorie, CategorieDepense.FORMATION);
        ligne(view.plan, SourcePlan.AFD_FICOL, ANNEE, "Formation des élus", 600_000);
        _setValue(view.plan.categorie, CategorieDepense.EXPERTISE);
        ligne(view.plan, SourcePlan.COLLECTIVITE, ANNEE, "Expertise des services", 400_000);
        _click(view.verifier);

        assertThat(view.eligibilite.textes().stream()
                        .map(t -> t.replace('\u202f', ' ').replace('\u00a0', ' ')))
                .anyMatch(
                        t -> t.startsWith("✘ Non conforme : La dépense « Formation des élus » (Formation et assistance"
                                        + " technique, " + ANNEE + ") demandée à l’AFD est déjà financée par la DAECT")
                                && t.contains("à l’appel « " + appel.getIntitule() + " » (25 000 € de la DAECT)"));
    }
}
