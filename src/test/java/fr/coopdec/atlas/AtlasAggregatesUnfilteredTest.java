package fr.coopdec.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import fr.coopdec.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Unfiltered aggregates skip the join to partnerships: they must count exactly what the joined form counts. */
@IntegrationTest
class AtlasAggregatesUnfilteredTest {

    @Autowired
    AtlasQueries queries;

    @Autowired
    AtlasFixtures fixtures;

    @Test
    void unfiltered_theme_and_region_charts_count_like_a_filter_that_keeps_everything() {
        fixtures.partenariat(
                "Agrégats " + AtlasFixtures.token(), fixtures.commune("69123"), "BJ", "EDUCATION", "SANTE");
        PartenariatFilter everything =
                PartenariatFilter.builder().anneeMin(1900).build();

        assertThat(queries.parThematique(PartenariatFilter.all()))
                .containsExactlyInAnyOrderElementsOf(queries.parThematique(everything))
                .anyMatch(a -> a.cle().equals("EDUCATION") && a.nombre() >= 1);
        assertThat(queries.parRegion(PartenariatFilter.all()))
                .containsExactlyInAnyOrderElementsOf(queries.parRegion(everything))
                .anyMatch(a -> a.cle().equals("84") && a.nombre() >= 1);
    }
}
