package fr.coopdec.atlas.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.atlas.PartenariatResume;
import fr.coopdec.dashboard.DashboardService;
import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.GroupementFixtures;
import fr.coopdec.shared.dashboard.KeyFigure;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AtlasGroupementViewTest extends KaribuTest {

    @Autowired
    AtlasFixtures fixtures;

    @Autowired
    GroupementFixtures groupements;

    @Autowired
    DashboardService dashboard;

    @Test
    void a_grouping_has_its_atlas_page_with_members_and_partnerships_and_the_dashboard_counts_it() {
        login(Role.ADMIN);
        long avant = groupementsFigure();
        CollectiviteFrancaise g =
                groupements.association("Cités unies Loire " + AtlasFixtures.token(), "42218", "44109");
        Partenariat p = fixtures.partenariat("Groupement " + AtlasFixtures.token(), g, "BJ");

        navigate("atlas/collectivites/" + g.getCleAtlas());
        CollectiviteAtlasView view = _get(CollectiviteAtlasView.class);
        assertThat(view.title.getText()).isEqualTo(g.getNom());
        assertThat(view.facts.getElement().getTextRecursively())
                .contains(
                        "Association de collectivités", g.getSiren(), "Collectivités membres", "Nantes, Saint-Étienne");
        assertThat(GridKt._findAll(view.grid)).extracting(PartenariatResume::id).containsExactly(p.getId());

        login(Role.ADMIN);
        assertThat(groupementsFigure()).isEqualTo(avant + 1);
    }

    private long groupementsFigure() {
        return dashboard.dashboard(null).figures().stream()
                .filter(f -> f.labelKey().equals("dashboard.atlas.groupements"))
                .map(KeyFigure::value)
                .findFirst()
                .orElseThrow()
                .longValue();
    }
}
