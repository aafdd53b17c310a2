package fr.coopdec.bourse.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.bourse.BourseFixtures;
import fr.coopdec.shared.security.Role;
import fr.coopdec.shared.ui.ChartPoint;
import fr.coopdec.support.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class BourseDashboardViewTest extends KaribuTest {

    @Autowired
    BourseFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_dashboard_counts_sheets_by_state_country_and_theme_and_gives_the_median_time() {
        fixtures.publiee(fixtures.francaise("Objectif " + AtlasFixtures.token(), List.of("BJ"), "SANTE"));
        long publiees = jdbc.queryForObject("SELECT COUNT(*) FROM bourse_fiche WHERE statut = 'PUBLIEE'", Long.class);
        login(Role.ADMIN);
        navigate(BourseRoutes.TABLEAU);
        BourseDashboardView view = _get(BourseDashboardView.class);

        assertThat(view.statuts.getTable().getPoints())
                .filteredOn(p -> p.code().equals("PUBLIEE"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.label()).isEqualTo("Publiée");
                    assertThat(p.value()).isEqualTo(publiees);
                });
        assertThat(view.statuts.getChart().getOption()).contains("Publiée");
        assertThat(view.pays.getTable().getPoints())
                .extracting(ChartPoint::label)
                .contains("Bénin");
        assertThat(view.themes.getTable().getPoints())
                .extracting(ChartPoint::label)
                .contains("Santé de base");
        assertThat(view.mediane.getText())
                .startsWith("Délai médian de modération (de la confirmation à la décision) : ");
    }
}
