package fr.coopdec.referential;

import static org.assertj.core.api.Assertions.assertThat;

import fr.coopdec.support.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class CategorieCadQueriesTest {

    @Autowired
    CategorieCadQueries categories;

    @Autowired
    ReferentialQueries queries;

    @Test
    void sao_tome_and_the_solomon_islands_leave_the_ldc_group_on_13_december_2024() {
        for (String code : new String[] {"ST", "SB"}) {
            assertThat(categories
                            .enVigueur(code, LocalDate.of(2024, 12, 12))
                            .orElseThrow()
                            .categorie())
                    .isEqualTo(CategorieCad.PMA);
            CategorieEnVigueur apres =
                    categories.enVigueur(code, LocalDate.of(2024, 12, 13)).orElseThrow();
            assertThat(apres.categorie()).isEqualTo(CategorieCad.PRITI);
            assertThat(apres.motif()).contains("pays les moins avancés");
            assertThat(queries.findPays(code).orElseThrow().getCategorieCad()).isEqualTo(CategorieCad.PRITI);
        }
    }

    @Test
    void nauru_is_an_oda_recipient_until_the_end_of_2025_and_off_the_list_since() {
        assertThat(categories
                        .enVigueur("NR", LocalDate.of(2025, 12, 31))
                        .orElseThrow()
                        .categorie())
                .isEqualTo(CategorieCad.PRITS);
        assertThat(categories
                        .enVigueur("NR", LocalDate.of(2026, 1, 1))
                        .orElseThrow()
                        .categorie())
                .isEqualTo(CategorieCad.NON);
        assertThat(categories.toutesEnVigueur(LocalDate.of(2025, 6, 1)))
                .containsEntry("NR", CategorieCad.PRITS)
                .containsEntry("ST", CategorieCad.PRITI)
                .containsEntry("BJ", CategorieCad.PMA);
        assertThat(categories.toutesEnVigueur(LocalDate.of(2026, 6, 1))).containsEntry("NR", CategorieCad.NON);
        assertThat(categories.historique("NR"))
                .extracting(CategorieEnVigueur::depuis)
                .containsExactly(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1));
        assertThat(queries.findPays("NR").orElseThrow().getCategorieCad()).isEqualTo(CategorieCad.NON);
    }

    @Test
    void before_the_oldest_loaded_list_the_oldest_one_answers() {
        assertThat(categories
                        .enVigueur("NR", LocalDate.of(2019, 1, 1))
                        .orElseThrow()
                        .categorie())
                .isEqualTo(CategorieCad.PRITS);
        assertThat(categories.enVigueur("ZZ", LocalDate.of(2025, 1, 1))).isEmpty();
    }

    @Test
    void kosovo_is_a_country_of_the_referential_and_an_upper_middle_income_oda_recipient() {
        Pays kosovo = queries.findPays("XK").orElseThrow();
        assertThat(kosovo.getCodeAlpha3()).isEqualTo("XKX");
        assertThat(kosovo.getNomFr()).isEqualTo("Kosovo");
        assertThat(kosovo.getZone()).isEqualTo(ZoneMonde.EUROPE_AUTRE);
        assertThat(categories
                        .enVigueur("XK", LocalDate.of(2026, 12, 4))
                        .orElseThrow()
                        .categorie())
                .isEqualTo(CategorieCad.PRITS);
    }
}
