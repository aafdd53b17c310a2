package fr.coopdec.referential;

import static org.assertj.core.api.Assertions.assertThat;

import fr.coopdec.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

@IntegrationTest
class ThematiquesQueriesTest {

    @Autowired
    ReferentialQueries queries;

    @Test
    void the_26_themes_are_seeded_and_found_by_label_or_dac_code() {
        assertThat(queries.allThematiques()).hasSize(26);
        assertThat(queries.findThematiques("eau potable", Pageable.ofSize(5)).getContent())
                .extracting(Thematique::getCode)
                .containsExactly("EAU_ASSAINISSEMENT");
        assertThat(queries.findThematiques("16066", Pageable.ofSize(5)).getContent())
                .extracting(Thematique::getCode)
                .containsExactly("CULTURE");
    }
}
