package fr.coopdec.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.coopdec.referential.ZoneMonde;
import fr.coopdec.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class PartenariatFilterParamsTest {

    @Autowired
    PartenariatFilterParams params;

    @Autowired
    AtlasFixtures fixtures;

    @Test
    void every_filter_survives_the_round_trip_through_the_url() {
        PartenariatFilter filter = PartenariatFilter.builder()
                .pays("BJ", "SN")
                .zone(ZoneMonde.AFRIQUE_OUEST)
                .collectiviteFrancaise(fixtures.commune("42218").getId())
                .region("84")
                .departement("42")
                .thematiques("CULTURE", "EAU_ASSAINISSEMENT")
                .statut(StatutPartenariat.ACTIF)
                .nature(NaturePartenariat.JUMELAGE)
                .anneeMin(2000)
                .anneeMax(2020)
                .texte("eau potable")
                .build();

        Map<String, List<String>> url = params.format(filter);

        assertThat(url)
                .containsEntry("pays", List.of("BJ", "SN"))
                .containsEntry("collectivite", List.of("42218"))
                .containsEntry("q", List.of("eau potable"));
        assertThat(params.parse(url)).isEqualTo(filter);
    }

    @Test
    void comma_separated_and_lower_case_values_are_accepted() {
        PartenariatFilter filter = params.parse(
                Map.of("pays", List.of("bj,sn"), "statut", List.of("actif"), "collectivite", List.of("reg-84")));
        assertThat(filter.paysCodes()).containsExactlyInAnyOrder("BJ", "SN");
        assertThat(filter.statut()).isEqualTo(StatutPartenariat.ACTIF);
        assertThat(filter.collectiviteFrancaiseId()).isNotNull();
    }

    @Test
    void a_meaningless_value_names_its_parameter() {
        assertThatThrownBy(() -> params.parse(Map.of("pays", List.of("XX"))))
                .isInstanceOfSatisfying(InvalidFilterParameterException.class, e -> assertThat(e.getParameter())
                        .isEqualTo("pays"));
        assertThatThrownBy(() -> params.parse(Map.of("debutMin", List.of("deux mille"))))
                .isInstanceOfSatisfying(InvalidFilterParameterException.class, e -> assertThat(e.getParameter())
                        .isEqualTo("debutMin"));
        assertThatThrownBy(() -> params.parse(Map.of("theme", List.of("ASTRONAUTIQUE"))))
                .isInstanceOfSatisfying(InvalidFilterParameterException.class, e -> assertThat(e.getParameter())
                        .isEqualTo("theme"));
    }
}
