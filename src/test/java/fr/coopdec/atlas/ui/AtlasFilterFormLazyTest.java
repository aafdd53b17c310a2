package fr.coopdec.atlas.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import fr.coopdec.referential.Pays;
import fr.coopdec.referential.Thematique;
import fr.coopdec.support.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The search criteria's lists (249 countries, 26 themes, régions, départements, 36,000 French
 * authorities) are fetched page by page from the database as the user types: no session holds them.
 */
class AtlasFilterFormLazyTest extends KaribuTest {

    @Test
    void every_list_of_the_search_form_is_fetched_on_demand_and_filtered_by_what_the_user_types() {
        navigate("atlas");
        AtlasFilterForm form = _get(AtlasSearchView.class).form;

        assertThat(form.pays.getDataProvider().isInMemory()).isFalse();
        assertThat(form.themes.getDataProvider().isInMemory()).isFalse();
        assertThat(form.region.getDataProvider().isInMemory()).isFalse();
        assertThat(form.departement.getDataProvider().isInMemory()).isFalse();
        assertThat(form.collectivite.getDataProvider().isInMemory()).isFalse();

        assertThat(fetch(form.pays.getDataProvider(), "bénin"))
                .extracting(Pays::getCodeAlpha2)
                .containsExactly("BJ");
        assertThat(fetch(form.themes.getDataProvider(), "culture"))
                .extracting(Thematique::getCode)
                .contains("CULTURE");
        ComboBoxKt.setUserInput(form.region, "Bretagne");
        assertThat(ComboBoxKt.getSuggestions(form.region)).containsExactly("Bretagne");
        ComboBoxKt.setUserInput(form.departement, "Gironde");
        assertThat(ComboBoxKt.getSuggestions(form.departement))
                .singleElement()
                .asString()
                .contains("Gironde");
    }

    @Test
    void a_shared_link_still_shows_its_countries_themes_and_territories() {
        navigate("atlas?pays=BJ&pays=SN&theme=CULTURE&region=84&departement=33");
        AtlasFilterForm form = _get(AtlasSearchView.class).form;

        assertThat(form.pays.getValue()).extracting(Pays::getCodeAlpha2).containsExactlyInAnyOrder("BJ", "SN");
        assertThat(form.themes.getValue()).extracting(Thematique::getCode).containsExactly("CULTURE");
        assertThat(form.region.getValue().getCode()).isEqualTo("84");
        assertThat(form.departement.getValue().getCode()).isEqualTo("33");
    }

    /** What the combo box asks for when the user types {@code text}. */
    @SuppressWarnings("unchecked")
    private static <T> List<T> fetch(DataProvider<T, ?> provider, String text) {
        return ((DataProvider<T, String>) provider)
                .fetch(new Query<>(0, 50, List.of(), null, text))
                .toList();
    }
}
