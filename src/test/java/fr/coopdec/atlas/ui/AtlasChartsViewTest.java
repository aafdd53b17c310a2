package fr.coopdec.atlas.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Location;
import elemental.json.Json;
import elemental.json.JsonObject;
import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.atlas.PartenariatService;
import fr.coopdec.atlas.StatutPartenariat;
import fr.coopdec.shared.security.Role;
import fr.coopdec.shared.ui.ChartSection;
import fr.coopdec.shared.ui.ChartTable;
import fr.coopdec.shared.ui.EChart;
import fr.coopdec.support.KaribuTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AtlasChartsViewTest extends KaribuTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    AtlasFixtures fixtures;

    @Autowired
    PartenariatService service;

    private String token;

    /** Two active partnerships in Benin, one in Madagascar, one ended in Senegal; all found by a unique word. */
    @BeforeEach
    void partnerships() {
        token = AtlasFixtures.token();
        fixtures.partenariat("Saint-Étienne Abomey " + token, fixtures.commune("42218"), "BJ", "CULTURE");
        fixtures.partenariat("Bordeaux Porto-Novo " + token, fixtures.commune("33063"), "BJ", "CULTURE", "SPORT");
        fixtures.partenariat("Bordeaux Tana " + token, fixtures.commune("33063"), "MG");
        Partenariat ended =
                fixtures.unsaved("Bordeaux Dakar " + token, fixtures.commune("33063"), fixtures.partenaire("SN"));
        ended.setStatut(StatutPartenariat.TERMINE);
        ended.setAnneeDebut(2019);
        testUsers.signInAs(Role.ADMIN, u -> {});
        try {
            service.save(ended);
        } finally {
            testUsers.signOut();
        }
    }

    @Test
    void anyone_sees_the_active_partnerships_on_the_map_and_every_partnership_in_the_charts() throws Exception {
        navigate("atlas/carte?q=" + token);

        assertThat(mapValues()).containsExactly(Map.entry("BJ", 2L), Map.entry("MG", 1L));
        assertThat(section("atlas-charts-map").getChart().getAriaLabel()).startsWith("Partenariats actifs par pays");
        assertThat(rows("atlas-charts-map")).containsExactly(List.of("Bénin", "2"), List.of("Madagascar", "1"));
        assertThat(rows("atlas-charts-themes"))
                .containsExactly(List.of("Culture et patrimoine", "2"), List.of("Sport et loisirs", "1"));
        assertThat(rows("atlas-charts-years")).containsExactly(List.of("2015", "3"), List.of("2019", "1"));
        assertThat(rows("atlas-charts-regions"))
                .containsExactlyInAnyOrder(List.of("Nouvelle-Aquitaine", "3"), List.of("Auvergne-Rhône-Alpes", "1"));
        assertThat(values(section("atlas-charts-zones").getChart()))
                .containsEntry("AFRIQUE_OUEST", 3L)
                .containsEntry("OCEAN_INDIEN", 1L);
        assertThat(summary()).contains("Texte : « " + token + " »");
        assertThat(section("atlas-charts-years").getClassNames())
                .as("two years: a chart among the others")
                .doesNotContain("coopdec-chart-wide");
    }

    @Test
    void charts_with_many_categories_take_the_whole_width_so_each_is_labelled() {
        String many = AtlasFixtures.token();
        List<Partenariat> years = new java.util.ArrayList<>();
        for (int year = 2000; year <= 2013; year++) {
            Partenariat p = fixtures.unsaved(
                    "Année " + year + " " + many, fixtures.commune("33063"), fixtures.partenaire("SN"));
            p.setAnneeDebut(year);
            years.add(p);
        }
        testUsers.signInAs(Role.ADMIN, u -> {});
        try {
            years.forEach(service::save);
        } finally {
            testUsers.signOut();
        }
        navigate("atlas/carte?q=" + many);
        assertThat(rows("atlas-charts-years")).hasSize(14);
        assertThat(section("atlas-charts-years").getClassNames()).contains("coopdec-chart-wide");
        assertThat(section("atlas-charts-zones").getClassNames()).doesNotContain("coopdec-chart-wide");
    }

    @Test
    void filters_of_the_url_change_the_numbers_and_are_listed() throws Exception {
        navigate("atlas/carte?q=" + token + "&region=75&theme=CULTURE");

        assertThat(mapValues()).containsExactly(Map.entry("BJ", 1L));
        assertThat(rows("atlas-charts-regions")).containsExactly(List.of("Nouvelle-Aquitaine", "1"));
        assertThat(rows("atlas-charts-themes"))
                .containsExactlyInAnyOrder(List.of("Culture et patrimoine", "1"), List.of("Sport et loisirs", "1"));
        assertThat(summary()).contains("Région : Nouvelle-Aquitaine", "Thématique : Culture et patrimoine");
        assertThat(_get(Anchor.class, spec -> spec.withId("atlas-charts-search-link"))
                        .getHref())
                .isEqualTo("atlas?q=" + token + "&region=75&theme=CULTURE");
    }

    @Test
    void a_status_filter_replaces_the_active_status_of_the_map() throws Exception {
        navigate("atlas/carte?q=" + token + "&statut=TERMINE");

        assertThat(mapValues()).containsExactly(Map.entry("SN", 1L));
        assertThat(section("atlas-charts-map").getChart().getAriaLabel())
                .startsWith("Partenariats par pays (statut : Terminé)");
    }

    @Test
    void clicking_a_country_on_the_map_adds_it_to_the_filters() throws Exception {
        navigate("atlas/carte?q=" + token);

        click(section("atlas-charts-map").getChart(), "BJ");

        assertLocation("atlas/carte?q=" + token + "&pays=BJ");
        assertThat(mapValues()).containsExactly(Map.entry("BJ", 2L));
        assertThat(summary()).contains("Pays : Bénin");
        assertThat(rows("atlas-charts-themes"))
                .containsExactly(List.of("Culture et patrimoine", "2"), List.of("Sport et loisirs", "1"));
    }

    @Test
    void a_click_on_a_shape_without_country_code_changes_nothing() throws Exception {
        navigate("atlas/carte?q=" + token);

        click(section("atlas-charts-map").getChart(), "Somaliland");

        assertLocation("atlas/carte?q=" + token);
    }

    @Test
    void clicking_a_bar_of_a_theme_or_a_year_narrows_the_filters_too() throws Exception {
        navigate("atlas/carte?q=" + token);
        click(section("atlas-charts-themes").getChart(), "SPORT");
        assertLocation("atlas/carte?q=" + token + "&theme=SPORT");
        assertThat(mapValues()).containsExactly(Map.entry("BJ", 1L));

        click(section("atlas-charts-years").getChart(), "2015");
        assertLocation("atlas/carte?q=" + token + "&theme=SPORT&debutMin=2015&debutMax=2015");
        assertThat(mapValues()).containsExactly(Map.entry("BJ", 1L));
    }

    @Test
    void the_data_tables_link_each_country_to_the_filtered_view_for_keyboard_users() {
        navigate("atlas/carte?q=" + token);

        List<String> links = _find(openTable("atlas-charts-map"), Anchor.class).stream()
                .map(Anchor::getHref)
                .toList();

        assertThat(links).containsExactly("atlas/carte?q=" + token + "&pays=BJ", "atlas/carte?q=" + token + "&pays=MG");
    }

    @Test
    void an_invalid_parameter_is_explained_in_french_instead_of_the_charts() {
        navigate("atlas/carte?pays=XX");

        assertThat(_get(Paragraph.class, spec -> spec.withId("atlas-charts-error"))
                        .getText())
                .isEqualTo("Le paramètre de recherche « pays » a une valeur incorrecte : « XX ».");
        assertThat(_find(ChartSection.class)).isEmpty();
    }

    @Test
    void signed_in_users_see_it_too_and_the_menu_lists_it_for_everyone() throws Exception {
        navigate("atlas/carte?q=" + token);
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("Carte et graphiques");

        login(Role.COLLECTIVITE);
        navigate("atlas/carte?q=" + token);

        assertThat(mapValues()).containsExactly(Map.entry("BJ", 2L), Map.entry("MG", 1L));
    }

    /** Opens the "show the data" disclosure of a chart, as the user does, and returns its table. */
    private ChartTable openTable(String sectionId) {
        _get(section(sectionId), Details.class).setOpened(true);
        return section(sectionId).getTable();
    }

    private ChartSection section(String id) {
        return _get(ChartSection.class, spec -> spec.withId(id));
    }

    private Map<String, Long> mapValues() throws Exception {
        JsonNode option = JSON.readTree(section("atlas-charts-map").getChart().getOption());
        assertThat(option.at("/series/0/type").asText()).isEqualTo("map");
        Map<String, Long> values = new LinkedHashMap<>();
        option.at("/series/0/data")
                .forEach(d -> values.put(d.get("name").asText(), d.get("value").asLong()));
        return values;
    }

    private static Map<String, Long> values(EChart chart) throws Exception {
        Map<String, Long> values = new LinkedHashMap<>();
        JSON.readTree(chart.getOption())
                .at("/series/0/data")
                .forEach(d -> values.put(d.get("code").asText(), d.get("value").asLong()));
        return values;
    }

    /** The rows of a chart's data table as the user reads them: label, number. */
    private List<List<String>> rows(String sectionId) {
        return openTable(sectionId).getBody().getRows().stream()
                .map(NativeTableRow::getAllCells)
                .map(cells -> cells.stream()
                        .map(c -> c.getElement().getTextRecursively())
                        .toList())
                .toList();
    }

    private String summary() {
        return _get(ChartsFilterSummary.class).getElement().getTextRecursively();
    }

    /** What coopdec-echart.js sends when the user clicks an item of the chart. */
    private static void click(EChart chart, String code) {
        JsonObject data = Json.createObject();
        data.put("event.detail.code", code);
        data.put("event.detail.name", code);
        data.put("event.detail.value", 1);
        BasicUtilsKt._fireDomEvent(chart, "coopdec-chart-click", data);
    }

    /** The current location, whatever the order Vaadin keeps the query parameters in. */
    private static void assertLocation(String expected) {
        Location location = UI.getCurrent().getInternals().getActiveViewLocation();
        Location wanted = new Location(expected);
        assertThat(location.getPath()).isEqualTo(wanted.getPath());
        assertThat(location.getQueryParameters().getParameters())
                .isEqualTo(wanted.getQueryParameters().getParameters());
    }
}
