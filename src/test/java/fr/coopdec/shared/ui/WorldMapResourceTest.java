package fr.coopdec.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped world map must name countries by the ISO codes the referential (and the data) use. */
class WorldMapResourceTest {

    @Test
    void every_shape_of_the_world_map_is_a_country_of_the_referential_except_two_disputed_ones() throws Exception {
        Set<String> referential = new HashSet<>();
        try (InputStream csv = getClass().getResourceAsStream("/data/pays.csv")) {
            new String(csv.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .skip(1)
                    .forEach(line -> referential.add(line.substring(0, line.indexOf(','))));
        }
        Set<String> names = new HashSet<>();
        try (InputStream geo = getClass().getResourceAsStream("/META-INF/resources/" + EChart.WORLD_MAP_URL)) {
            JsonNode map = new ObjectMapper().readTree(geo);
            assertThat(map.get("type").asText()).isEqualTo("FeatureCollection");
            map.get("features").forEach(f -> names.add(f.at("/properties/name").asText()));
        }

        assertThat(names).hasSizeGreaterThan(170).contains("FR", "BJ", "SN", "MG", "VN", "MA", "BF");
        Set<String> unknown = new HashSet<>(names);
        unknown.removeAll(referential);
        assertThat(unknown).containsExactlyInAnyOrder("N. Cyprus", "Somaliland");
    }
}
