package fr.coopdec.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import fr.coopdec.referential.TypeCollectiviteFrancaise;
import fr.coopdec.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

@IntegrationTest
class AtlasQueriesTest {

    @Autowired
    AtlasQueries queries;

    @Autowired
    AtlasFixtures fixtures;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Test
    void region_filter_finds_the_partnerships_of_every_authority_inside_the_region() {
        String token = AtlasFixtures.token();
        long commune = fixtures.partenariat("Saint-Étienne " + token, fixtures.commune("42218"), "BJ")
                .getId();
        long departement = fixtures.partenariat(
                        "Loire " + token, fixtures.francaise(TypeCollectiviteFrancaise.DEPARTEMENT, "42"), "SN")
                .getId();
        long region = fixtures.partenariat(
                        "AURA " + token, fixtures.francaise(TypeCollectiviteFrancaise.REGION, "84"), "VN")
                .getId();
        long elsewhere = fixtures.partenariat("Bordeaux " + token, fixtures.commune("33063"), "BJ")
                .getId();

        assertThat(ids(PartenariatFilter.builder().texte(token).region("84").build()))
                .containsExactlyInAnyOrder(commune, departement, region);
        assertThat(ids(PartenariatFilter.builder()
                        .texte(token)
                        .departement("42")
                        .build()))
                .containsExactlyInAnyOrder(commune, departement);
        assertThat(ids(PartenariatFilter.builder().texte(token).region("75").build()))
                .containsExactly(elsewhere);
    }

    @Test
    void the_count_of_a_search_by_one_authority_region_or_departement_agrees_with_the_general_count() {
        String token = AtlasFixtures.token();
        fixtures.partenariat("Saint-Étienne " + token, fixtures.commune("42218"), "BJ");
        fixtures.partenariat("Saint-Étienne bis " + token, fixtures.commune("42218"), "SN");
        fixtures.partenariat("Loire " + token, fixtures.francaise(TypeCollectiviteFrancaise.DEPARTEMENT, "42"), "SN");
        long saintEtienne = fixtures.commune("42218").getId();
        for (PartenariatFilter alone : List.of(
                PartenariatFilter.builder().region("84").build(),
                PartenariatFilter.builder().departement("42").build(),
                PartenariatFilter.builder().collectiviteFrancaise(saintEtienne).build())) {
            // anneeMin 1 keeps every partnership but takes the general path (the search's WHERE clause)
            long general = queries.count(alone.toBuilder().anneeMin(1).build());
            assertThat(queries.count(alone))
                    .as(alone.toString())
                    .isEqualTo(general)
                    .isPositive();
            assertThat(queries.search(alone, Pageable.unpaged()).getTotalElements())
                    .isEqualTo(general);
        }
        assertThat(queries.count(PartenariatFilter.builder()
                        .collectiviteFrancaise(saintEtienne)
                        .build()))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_full_text_page_carries_the_total_of_its_matches_on_every_page() {
        String token = AtlasFixtures.token();
        for (String name : List.of("Alpha", "Bravo", "Charlie")) {
            fixtures.partenariat(name + " " + token, fixtures.commune("42218"), "BJ");
        }
        PartenariatFilter filter = PartenariatFilter.builder().texte(token).build();

        var first = queries.search(filter, org.springframework.data.domain.PageRequest.of(0, 2));
        var second = queries.search(filter, org.springframework.data.domain.PageRequest.of(1, 2));
        var beyond = queries.search(filter, org.springframework.data.domain.PageRequest.of(5, 2));

        assertThat(first.getTotalElements()).isEqualTo(3);
        assertThat(first.getContent())
                .extracting(PartenariatResume::intitule)
                .containsExactly("Alpha " + token, "Bravo " + token);
        assertThat(second.getTotalElements()).isEqualTo(3);
        assertThat(second.getContent()).extracting(PartenariatResume::intitule).containsExactly("Charlie " + token);
        assertThat(beyond.getContent()).isEmpty();
        assertThat(beyond.getTotalElements()).isEqualTo(3);
    }

    @Test
    void country_theme_and_year_filters_combine() {
        String token = AtlasFixtures.token();
        long water = fixtures.partenariat("Eau " + token, fixtures.commune("69123"), "BJ", "EAU_ASSAINISSEMENT")
                .getId();
        fixtures.partenariat("Culture " + token, fixtures.commune("69123"), "BJ", "CULTURE");
        fixtures.partenariat("Eau Dakar " + token, fixtures.commune("69123"), "SN", "EAU_ASSAINISSEMENT");

        assertThat(ids(PartenariatFilter.builder()
                        .texte(token)
                        .pays("BJ")
                        .thematiques("EAU_ASSAINISSEMENT")
                        .build()))
                .containsExactly(water);
        assertThat(queries.count(PartenariatFilter.builder()
                        .texte(token)
                        .pays("BJ", "SN")
                        .build()))
                .isEqualTo(3);
        assertThat(queries.count(
                        PartenariatFilter.builder().texte(token).anneeMin(2016).build()))
                .isZero();
    }

    @Test
    void full_text_finds_words_of_titles_and_of_project_titles_whatever_the_accents() {
        String token = AtlasFixtures.token();
        Partenariat p = fixtures.partenariat("Coopération " + token, fixtures.commune("42218"), "BJ");
        assertThat(ids(PartenariatFilter.builder().texte("cooperation " + token).build()))
                .containsExactly(p.getId());
        assertThat(ids(PartenariatFilter.builder().texte("COOPÉR " + token).build()))
                .containsExactly(p.getId());
        assertThat(ids(PartenariatFilter.builder().texte("absent " + token).build()))
                .isEmpty();
    }

    @Test
    void aggregates_count_each_partnership_once_per_key() {
        String token = AtlasFixtures.token();
        fixtures.partenariat("A " + token, fixtures.commune("42218"), "BJ", "CULTURE", "SPORT");
        fixtures.partenariat("B " + token, fixtures.commune("33063"), "BJ", "CULTURE");
        fixtures.partenariat("C " + token, fixtures.commune("33063"), "MG");
        PartenariatFilter filter = PartenariatFilter.builder().texte(token).build();

        assertThat(queries.parPays(filter))
                .extracting(Agregat::cle, Agregat::nombre)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("BJ", 2L), org.assertj.core.groups.Tuple.tuple("MG", 1L));
        assertThat(queries.parThematique(filter))
                .extracting(Agregat::cle, Agregat::nombre)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CULTURE", 2L),
                        org.assertj.core.groups.Tuple.tuple("SPORT", 1L));
        assertThat(queries.parRegion(filter))
                .extracting(Agregat::cle, Agregat::nombre)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("75", 2L), org.assertj.core.groups.Tuple.tuple("84", 1L));
        assertThat(queries.parAnnee(filter))
                .extracting(Agregat::cle, Agregat::nombre)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2015", 3L));
        assertThat(queries.parZone(filter)).extracting(Agregat::nombre).containsExactlyInAnyOrder(2L, 1L);
    }

    @Test
    void search_pages_are_sorted_with_a_stable_order_and_counted() {
        String token = AtlasFixtures.token();
        for (String name : List.of("Charlie", "Alpha", "Bravo")) {
            fixtures.partenariat(name + " " + token, fixtures.commune("42218"), "BJ");
        }
        var page = queries.search(
                PartenariatFilter.builder().texte(token).build(), PageRequest.of(0, 2, Sort.by("intitule")));
        assertThat(page.getContent())
                .extracting(PartenariatResume::intitule)
                .containsExactly("Alpha " + token, "Bravo " + token);
        assertThat(page.getTotalElements()).isEqualTo(3);
        PartenariatResume first = page.getContent().get(0);
        assertThat(first.paysCode()).isEqualTo("BJ");
        assertThat(first.collectivitesFrancaises()).containsExactly("Saint-Étienne");
        assertThat(first.collectivitesPartenaires()).hasSize(1);
    }

    @Test
    void following_the_title_index_finds_the_same_pages_as_sorting_the_matches() {
        String token = AtlasFixtures.token();
        for (String name : List.of("Delta", "Alpha", "Charlie", "Bravo", "Alpha")) {
            fixtures.partenariat(name + " " + token, fixtures.commune("69123"), "BJ", "EAU_ASSAINISSEMENT");
        }
        fixtures.partenariat("Aaa " + token, fixtures.commune("69123"), "BJ", "CULTURE");
        PartenariatFilter theme =
                PartenariatFilter.builder().thematiques("EAU_ASSAINISSEMENT").build();
        PartenariatSql sql = new PartenariatSql(theme);
        for (long offset = 0; offset < 40; offset += 7) {
            sql.params.addValue("limit", 7).addValue("offset", offset);
            String page = " LIMIT :limit OFFSET :offset";
            assertThat(jdbc.queryForList(
                            AtlasQueries.idSql(sql.where, Sort.unsorted(), true) + page, sql.params, Long.class))
                    .as("page at %d", offset)
                    .isEqualTo(jdbc.queryForList(
                            AtlasQueries.idSql(sql.where, Sort.unsorted(), false) + page, sql.params, Long.class));
        }
        assertThat(AtlasQueries.idSql(sql.where, Sort.unsorted(), true))
                .contains("FORCE INDEX (ix_partenariat_intitule)");
    }

    @Test
    void a_common_theme_follows_the_title_index_and_a_rare_one_sorts_its_matches() {
        assertThat(AtlasQueries.titleScanIsCheap(7_759, 100_000L, 20))
                .as("1 in 13: ~260 rows")
                .isTrue();
        assertThat(AtlasQueries.titleScanIsCheap(500, 100_000L, 20))
                .as("1 in 200: 4,000 rows")
                .isFalse();
        assertThat(AtlasQueries.titleScanIsCheap(7_759, 100_000L, 2_000))
                .as("page 100: 26,000 rows")
                .isFalse();
        assertThat(AtlasQueries.titleScanIsCheap(0, 100_000L, 20)).isFalse();
        Pageable firstPage = PageRequest.of(0, 20);
        PartenariatFilter theme =
                PartenariatFilter.builder().thematiques("EAU_ASSAINISSEMENT").build();
        long all = queries.count(PartenariatFilter.all());
        assertThat(queries.followsTitleIndex(theme, firstPage, all))
                .as("every partnership matches")
                .isTrue();
        assertThat(queries.followsTitleIndex(theme, PageRequest.of(0, 20, Sort.by("anneeDebut")), all))
                .as("another sort")
                .isFalse();
        assertThat(queries.followsTitleIndex(
                        PartenariatFilter.builder().pays("BJ").build(), firstPage, all))
                .as("a country has its own index")
                .isFalse();
        assertThat(queries.followsTitleIndex(theme, firstPage, null))
                .as("no summary count")
                .isFalse();
    }

    private List<Long> ids(PartenariatFilter filter) {
        return queries.search(filter, PageRequest.of(0, 50)).getContent().stream()
                .map(PartenariatResume::id)
                .toList();
    }
}
