package fr.coopdec.bourse.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.bourse.BourseFixtures;
import fr.coopdec.bourse.FicheBourse;
import fr.coopdec.bourse.Origine;
import fr.coopdec.bourse.Sens;
import fr.coopdec.support.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CatalogueViewTest extends KaribuTest {

    @Autowired
    BourseFixtures fixtures;

    @Test
    void anyone_searches_published_sheets_by_text_country_theme_offer_and_side() {
        String t = AtlasFixtures.token();
        FicheBourse lyon = fixtures.publiee(fixtures.francaise("Lyon " + t, List.of("BJ"), "SANTE"));
        FicheBourse dakar = fixtures.etrangere("Dakar " + t, "SN", 1_000_000, "CULTURE");
        dakar.setSens(Sens.OFFRE);
        dakar = fixtures.publiee(dakar);
        FicheBourse pending = fixtures.soumise(fixtures.francaise("Attente " + t, List.of("BJ"), "SANTE"));
        navigate(BourseRoutes.CATALOGUE);
        CatalogueView view = _get(CatalogueView.class);

        _setValue(view.texte, t);
        assertThat(ids(view))
                .containsExactlyInAnyOrder(lyon.getId(), dakar.getId())
                .doesNotContain(pending.getId());
        _setValue(view.pays, fixtures.pays("SN"));
        assertThat(ids(view)).containsExactly(dakar.getId());
        _setValue(view.pays, null);
        _setValue(view.theme, fixtures.themes("SANTE").iterator().next());
        assertThat(ids(view)).containsExactly(lyon.getId());
        _setValue(view.theme, null);
        _setValue(view.sens, Sens.OFFRE);
        assertThat(ids(view)).containsExactly(dakar.getId());
        _setValue(view.sens, null);
        _setValue(view.origine, Origine.FRANCAISE);
        assertThat(ids(view)).containsExactly(lyon.getId());
        assertThat(GridKt._getFormatted(view.grid, 0, "pays")).isEqualTo("Bénin");
    }

    private static List<Long> ids(CatalogueView view) {
        return GridKt._findAll(view.grid).stream().map(FicheBourse::getId).toList();
    }
}
