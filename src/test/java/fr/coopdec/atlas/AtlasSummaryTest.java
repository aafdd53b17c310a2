package fr.coopdec.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import fr.coopdec.referential.TypeCollectiviteFrancaise;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.IntegrationTest;
import fr.coopdec.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The map and chart figures of all partnerships come from a summary kept by triggers
 * ({@link AtlasSummary}); they must equal the live GROUP BY after every kind of write: edits of the
 * status, year, themes and authorities, CSV imports, deletions by the service and by a cascading SQL
 * DELETE (the demo generator's purge), and concurrent saves.
 */
@IntegrationTest
class AtlasSummaryTest {

    /** Keeps every partnership but is not covered by the summary: the live SQL answers it. */
    private static final PartenariatFilter LIVE =
            PartenariatFilter.builder().anneeMin(1000).build();

    @Autowired
    AtlasQueries queries;

    @Autowired
    AtlasFixtures fixtures;

    @Autowired
    PartenariatService service;

    @Autowired
    PartenariatCsvImport csvImport;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void a_new_partnership_is_counted_once_per_region_and_once_per_theme() {
        Map<String, Long> themesBefore = counts(queries.parThematique(PartenariatFilter.all()));
        Map<String, Long> regionsBefore = counts(queries.parRegion(PartenariatFilter.all()));
        long before = queries.count(PartenariatFilter.all());

        Partenariat p = fixtures.unsaved(
                "Résumé " + AtlasFixtures.token(), fixtures.commune("69123"), fixtures.partenaire("BJ"));
        p.getCollectivitesFrancaises().add(fixtures.commune("38185")); // Grenoble: the same région 84
        p.getCollectivitesFrancaises().add(fixtures.francaise(TypeCollectiviteFrancaise.REGION, "84"));
        p.getThematiques().add(fixtures.thematique("EDUCATION"));
        save(p);

        assertThat(counts(queries.parThematique(PartenariatFilter.all())).get("EDUCATION"))
                .isEqualTo(themesBefore.getOrDefault("EDUCATION", 0L) + 1);
        assertThat(counts(queries.parRegion(PartenariatFilter.all())).get("84"))
                .isEqualTo(regionsBefore.getOrDefault("84", 0L) + 1);
        assertThat(queries.count(PartenariatFilter.all())).isEqualTo(before + 1);
        assertSummaryEqualsLiveCounts();
    }

    @Test
    void edits_of_status_year_themes_and_authorities_move_the_counts() {
        Partenariat p = fixtures.partenariat(
                "Résumé " + AtlasFixtures.token(), fixtures.commune("69123"), "BJ", "EDUCATION", "SANTE");
        users.signInAs(Role.ADMIN, u -> {});
        Partenariat edited = service.findForEdit(p.getId());
        edited.setStatut(StatutPartenariat.EN_SOMMEIL);
        edited.setAnneeDebut(1987);
        edited.getThematiques().removeIf(t -> t.getCode().equals("SANTE"));
        edited.getThematiques().add(fixtures.thematique("EAU_ASSAINISSEMENT"));
        edited.getCollectivitesFrancaises().clear();
        edited.getCollectivitesFrancaises().add(fixtures.commune("75056")); // Paris: région 11
        save(edited);
        assertSummaryEqualsLiveCounts();

        users.signInAs(Role.ADMIN, u -> {});
        Partenariat again = service.findForEdit(p.getId());
        again.setStatut(StatutPartenariat.ACTIF);
        save(again);
        assertSummaryEqualsLiveCounts();
        assertThat(queries.count(PartenariatFilter.builder()
                        .statut(StatutPartenariat.EN_SOMMEIL)
                        .build()))
                .isEqualTo(queries.count(
                        LIVE.toBuilder().statut(StatutPartenariat.EN_SOMMEIL).build()));
    }

    @Test
    void imports_and_deletions_by_the_service_or_by_a_cascading_sql_delete_keep_the_summary_exact() {
        String token = AtlasFixtures.token();
        String partenaire = fixtures.partenaire("SN").getNom();
        String csv = String.join(",", PartenariatCsvLine.COLUMNS) + "\n"
                + "Import A " + token + ",SN,69123|38185,\"" + partenaire + "\",,,2011,,EDUCATION|SANTE,\n"
                + "Import B " + token + ",SN,75056,\"" + partenaire + "\",,TERMINE,2003,2010,EAU_ASSAINISSEMENT,\n";
        users.signInAs(Role.ADMIN, u -> {});
        assertThat(csvImport
                        .importer(csv.getBytes(StandardCharsets.UTF_8), x -> {})
                        .errors())
                .isEmpty();
        assertSummaryEqualsLiveCounts();

        List<Long> imported = jdbc.queryForList(
                "SELECT id FROM partenariat WHERE intitule LIKE ? ORDER BY intitule", Long.class, "Import % " + token);
        assertThat(imported).hasSize(2);
        service.delete(imported.get(0));
        assertSummaryEqualsLiveCounts();

        jdbc.update("DELETE FROM partenariat WHERE id = ?", imported.get(1)); // links go by ON DELETE CASCADE
        assertSummaryEqualsLiveCounts();
    }

    @Test
    void concurrent_saves_lose_no_count() throws Exception {
        String token = AtlasFixtures.token();
        List<Callable<Long>> saves = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Partenariat p = fixtures.unsaved(
                    "Concurrent " + i + " " + token, fixtures.commune("69123"), fixtures.partenaire("BJ"));
            p.getThematiques().add(fixtures.thematique("EDUCATION"));
            saves.add(() -> {
                users.signInAs(Role.ADMIN, u -> {});
                try {
                    return service.save(p).getId();
                } finally {
                    users.signOut();
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Long> done : pool.invokeAll(saves)) {
                assertThat(done.get()).isNotNull();
            }
        } finally {
            pool.shutdown();
        }
        assertSummaryEqualsLiveCounts();
    }

    private void save(Partenariat p) {
        users.signInAs(Role.ADMIN, u -> {});
        try {
            service.save(p);
        } finally {
            users.signOut();
        }
    }

    /** Every figure of the summary, unfiltered and per status, equals the live GROUP BY. */
    private void assertSummaryEqualsLiveCounts() {
        List<PartenariatFilter> filters = new ArrayList<>(List.of(PartenariatFilter.all()));
        for (StatutPartenariat statut : StatutPartenariat.values()) {
            filters.add(PartenariatFilter.builder().statut(statut).build());
        }
        for (PartenariatFilter summary : filters) {
            PartenariatFilter live = LIVE.toBuilder().statut(summary.statut()).build();
            assertThat(AtlasSummary.covers(summary)).isTrue();
            assertThat(AtlasSummary.covers(live)).isFalse();
            assertThat(queries.parPays(summary)).containsExactlyInAnyOrderElementsOf(queries.parPays(live));
            assertThat(queries.parZone(summary)).containsExactlyInAnyOrderElementsOf(queries.parZone(live));
            assertThat(queries.parAnnee(summary)).containsExactlyElementsOf(queries.parAnnee(live));
            assertThat(queries.parThematique(summary)).containsExactlyInAnyOrderElementsOf(queries.parThematique(live));
            assertThat(queries.parRegion(summary)).containsExactlyInAnyOrderElementsOf(queries.parRegion(live));
            assertThat(queries.count(summary)).isEqualTo(queries.count(live));
            assertThat(queries.count(summary.toBuilder().pays("BJ").build()))
                    .isEqualTo(queries.count(live.toBuilder().pays("BJ").build()));
            assertThat(queries.count(
                            summary.toBuilder().thematiques("EDUCATION").build()))
                    .isEqualTo(queries.count(
                            live.toBuilder().thematiques("EDUCATION").build()));
            assertThat(queries.count(summary.toBuilder().region("84").build()))
                    .isEqualTo(queries.count(live.toBuilder().region("84").build()));
        }
    }

    private static Map<String, Long> counts(List<Agregat> agregats) {
        return agregats.stream().collect(Collectors.toMap(Agregat::cle, Agregat::nombre));
    }
}
