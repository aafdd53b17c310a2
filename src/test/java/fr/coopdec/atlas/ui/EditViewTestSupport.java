package fr.coopdec.atlas.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteConfiguration;
import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.referential.CollectivitePartenaire;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.support.KaribuTest;
import jakarta.annotation.security.PermitAll;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the creation and edit page tests share: filling the form, saving and following the navigation. */
abstract class EditViewTestSupport extends KaribuTest {

    @Autowired
    AtlasFixtures fixtures;

    @Autowired
    ReferentialQueries referential;

    @Autowired
    JdbcTemplate jdbc;

    void fill(PartenariatForm form, String title, String alpha2, CollectivitePartenaire partenaire) {
        _setValue(form.intitule, title);
        _setValue(form.anneeDebut, 2015);
        _setValue(form.pays, fixtures.pays(alpha2));
        _setValue(form.francaises, Set.of(fixtures.commune("69123")));
        _setValue(form.partenaires, Set.of(partenaire));
    }

    /**
     * Saves and checks that the browser goes to the partnership's page. That page is another view;
     * on a branch where it does not exist yet, a stand-in is registered for this session only.
     */
    long saveAndFollow(PartenariatEditor editor) {
        if (RouteConfiguration.forApplicationScope()
                .getRoute(AtlasRoutes.partenariat(1))
                .isEmpty()) {
            RouteConfiguration.forSessionScope().setRoute(AtlasRoutes.PARTENARIAT, StandInPage.class);
        }
        _click(editor.save);
        assertThat(editor.error.isVisible()).as(editor.error.getText()).isFalse();
        Long id = editor.partenariat().getId();
        assertThat(id).isNotNull();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo(AtlasRoutes.partenariat(id));
        return id;
    }

    /** Stands in for the partnership page where it is not on the branch (no @Route: never auto-discovered). */
    @PermitAll
    public static class StandInPage extends Div {}

    int countTitled(String title) {
        Integer count =
                jdbc.queryForObject("SELECT COUNT(*) FROM partenariat WHERE intitule = ?", Integer.class, title);
        return count == null ? 0 : count;
    }
}
