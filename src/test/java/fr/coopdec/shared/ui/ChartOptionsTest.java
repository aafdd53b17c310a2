package fr.coopdec.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartOptionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<ChartPoint> POINTS =
            List.of(new ChartPoint("CULTURE", "Culture", 12), new ChartPoint("EAU", "Eau et assainissement", 7));

    @Test
    void a_bar_chart_has_the_labels_on_its_category_axis_and_the_values_with_their_codes() throws Exception {
        JsonNode option = JSON.readTree(ChartOptions.bar("Partenariats", POINTS));

        assertThat(option.at("/xAxis/type").asText()).isEqualTo("category");
        assertThat(texts(option.at("/xAxis/data"))).containsExactly("Culture", "Eau et assainissement");
        JsonNode series = option.at("/series/0");
        assertThat(series.get("type").asText()).isEqualTo("bar");
        assertThat(series.get("name").asText()).isEqualTo("Partenariats");
        assertThat(series.at("/data/0/value").asLong()).isEqualTo(12);
        assertThat(series.at("/data/0/code").asText()).isEqualTo("CULTURE");
        assertThat(series.at("/data/1/value").asLong()).isEqualTo(7);
        assertThat(series.at("/data/1/label").asText()).isEqualTo("Eau et assainissement");
    }

    @Test
    void a_horizontal_bar_chart_puts_the_categories_on_the_vertical_axis_first_on_top() throws Exception {
        JsonNode option = JSON.readTree(ChartOptions.horizontalBar("Partenariats", POINTS));

        assertThat(option.at("/yAxis/type").asText()).isEqualTo("category");
        assertThat(option.at("/yAxis/inverse").asBoolean()).isTrue();
        assertThat(option.at("/xAxis/type").asText()).isEqualTo("value");
        assertThat(texts(option.at("/yAxis/data"))).containsExactly("Culture", "Eau et assainissement");
    }

    @Test
    void every_category_gets_its_label_and_long_labels_wrap() throws Exception {
        JsonNode horizontal = JSON.readTree(ChartOptions.horizontalBar("Partenariats", POINTS));
        assertThat(horizontal.at("/yAxis/axisLabel/interval").asInt(-1)).isZero();
        assertThat(horizontal.at("/yAxis/axisLabel/overflow").asText()).isEqualTo("break");
        assertThat(JSON.readTree(ChartOptions.bar("Partenariats", POINTS))
                        .at("/xAxis/axisLabel/interval")
                        .asInt(-1))
                .isZero();
    }

    @Test
    void many_categories_are_written_upright_in_a_section_as_wide_as_the_page() throws Exception {
        List<ChartPoint> years = java.util.stream.IntStream.rangeClosed(1960, 2026)
                .mapToObj(y -> new ChartPoint(String.valueOf(y), String.valueOf(y), 1))
                .toList();
        JsonNode option = JSON.readTree(ChartOptions.bar("Partenariats", years));
        assertThat(option.at("/xAxis/axisLabel/interval").asInt(-1)).isZero();
        assertThat(option.at("/xAxis/axisLabel/rotate").asInt()).isEqualTo(90);
        assertThat(JSON.readTree(ChartOptions.bar("Partenariats", POINTS))
                        .at("/xAxis/axisLabel/rotate")
                        .isMissingNode())
                .as("a few categories stay horizontal")
                .isTrue();
        assertThat(JSON.readTree(ChartOptions.horizontalBar("Partenariats", years))
                        .at("/yAxis/axisLabel/rotate")
                        .isMissingNode())
                .as("the labels of horizontal bars stay level")
                .isTrue();
        assertThat(JSON.readTree(ChartOptions.horizontalBar("Partenariats", POINTS))
                        .at("/yAxis/axisLabel/lineHeight")
                        .asInt())
                .as("wrapped labels keep their lines apart")
                .isEqualTo(14);
    }

    @Test
    void a_line_chart_keeps_the_order_of_its_points() throws Exception {
        List<ChartPoint> years = List.of(new ChartPoint("2019", "2019", 3), new ChartPoint("2021", "2021", 5));
        JsonNode option = JSON.readTree(ChartOptions.line("Partenariats", years));

        assertThat(option.at("/series/0/type").asText()).isEqualTo("line");
        assertThat(texts(option.at("/xAxis/data"))).containsExactly("2019", "2021");
        assertThat(option.at("/series/0/data/1/value").asLong()).isEqualTo(5);
    }

    @Test
    void a_donut_names_its_slices_by_label_and_has_a_hole_a_pie_has_none() throws Exception {
        JsonNode donut = JSON.readTree(ChartOptions.pie("Partenariats", POINTS, true));
        JsonNode pie = JSON.readTree(ChartOptions.pie("Partenariats", POINTS, false));

        assertThat(donut.at("/series/0/type").asText()).isEqualTo("pie");
        assertThat(donut.at("/series/0/data/1/name").asText()).isEqualTo("Eau et assainissement");
        assertThat(donut.at("/series/0/data/1/code").asText()).isEqualTo("EAU");
        assertThat(donut.at("/series/0/radius/0").asText()).isEqualTo("35%");
        assertThat(pie.at("/series/0/radius/0").asText()).isEqualTo("0%");
    }

    @Test
    void a_world_map_names_countries_by_iso_code_and_scales_colours_to_the_largest_value() throws Exception {
        List<ChartPoint> countries = List.of(new ChartPoint("BJ", "Bénin", 40), new ChartPoint("SN", "Sénégal", 25));
        JsonNode option = JSON.readTree(ChartOptions.worldMap("Partenariats", countries));

        JsonNode series = option.at("/series/0");
        assertThat(series.get("type").asText()).isEqualTo("map");
        assertThat(series.get("map").asText()).isEqualTo(ChartOptions.WORLD_MAP);
        assertThat(series.at("/data/0/name").asText()).isEqualTo("BJ");
        assertThat(series.at("/data/0/label").asText()).isEqualTo("Bénin");
        assertThat(series.at("/data/0/value").asLong()).isEqualTo(40);
        assertThat(option.at("/visualMap/min").asLong()).isZero();
        assertThat(option.at("/visualMap/max").asLong()).isEqualTo(40);
    }

    @Test
    void an_empty_world_map_still_has_a_usable_colour_scale() throws Exception {
        JsonNode option = JSON.readTree(ChartOptions.worldMap("Partenariats", List.of()));

        assertThat(option.at("/visualMap/max").asLong()).isEqualTo(1);
        assertThat(option.at("/series/0/data").size()).isZero();
    }

    @Test
    void labels_typed_by_users_are_escaped_and_come_back_unchanged() throws Exception {
        String nasty = "Ville \"d'en haut\" </script><b>\\ \n é";
        String json = ChartOptions.bar("Série \"1\"", List.of(new ChartPoint("X\"1", nasty, 1)));

        assertThat(json).doesNotContain("</script><b>\\ \n");
        JsonNode option = JSON.readTree(json);
        assertThat(option.at("/xAxis/data/0").asText()).isEqualTo(nasty);
        assertThat(option.at("/series/0/data/0/label").asText()).isEqualTo(nasty);
        assertThat(option.at("/series/0/data/0/code").asText()).isEqualTo("X\"1");
        assertThat(option.at("/series/0/name").asText()).isEqualTo("Série \"1\"");
    }

    private static List<String> texts(JsonNode array) {
        assertThat(array.isArray()).isTrue();
        return java.util.stream.StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }
}
