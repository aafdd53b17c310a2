package fr.coopdec.ficol.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static fr.coopdec.ficol.ui.FicolUi.ligne;
import static org.assertj.core.api.Assertions.assertThat;

import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.ficol.FicolDossierService;
import fr.coopdec.ficol.SourcePlan;
import fr.coopdec.ficol.StatutDossier;
import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.GroupementFixtures;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.KaribuTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FicolGroupementViewTest extends KaribuTest {

    @Autowired
    AtlasFixtures atlas;

    @Autowired
    GroupementFixtures groupements;

    @Autowired
    FicolDossierService service;

    @Test
    void a_grouping_files_and_submits_a_ficol_application_on_its_atlas_partnership() {
        CollectiviteFrancaise syndicat =
                groupements.association("Collectif eau Loire-Atlantique " + AtlasFixtures.token(), "44109", "44184");
        Partenariat partenariat = atlas.partenariat("Eau Dakar " + AtlasFixtures.token(), syndicat, "SN");
        login(testUsers.create(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(syndicat)));

        navigate("ficol/dossier/nouveau");
        FicolDossierView view = _get(FicolDossierView.class);
        _setValue(view.form.intitule, "Assainissement à Dakar " + AtlasFixtures.token());
        _setValue(
                view.form.partenariat, service.partenariat(partenariat.getId()).orElseThrow());
        assertThat(view.form.pays.getValue()).isEqualTo("Sénégal");
        _setValue(view.form.duree, 36);
        _setValue(view.form.budget, new BigDecimal("1000000"));
        ligne(view.plan, SourcePlan.AFD_FICOL, 2027, "Réseau d’assainissement", 600_000);
        ligne(view.plan, SourcePlan.COLLECTIVITE, 2027, "Assistance technique", 350_000);
        ligne(view.plan, SourcePlan.UNION_EUROPEENNE, 2028, "Équipements", 50_000);
        _click(view.deposer);

        long id = view.dossierId();
        assertThat(service.get(id).getStatut()).isEqualTo(StatutDossier.DEPOSE);
        assertThat(service.get(id).getChefDeFile().getNom()).isEqualTo(syndicat.getNom());
        assertThat(view.statut.getText()).isEqualTo("Déposé");
    }
}
