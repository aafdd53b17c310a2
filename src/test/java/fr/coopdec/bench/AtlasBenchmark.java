package fr.coopdec.bench;

import fr.coopdec.CoopDecApplication;
import fr.coopdec.atlas.AtlasBenchSql;
import fr.coopdec.atlas.AtlasQueries;
import fr.coopdec.atlas.PartenariatFilter;
import fr.coopdec.atlas.StatutPartenariat;
import fr.coopdec.atlas.demo.AtlasDemoGenerator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Atlas benchmark ({@code bash bench/atlas.sh}; not a test, never run by {@code verify}).
 * Fills a dedicated database with {@code BENCH_PARTENARIATS} (default 100,000) demo partnerships,
 * then prints, for five typical searches, the median and p95 time of the API's first page
 * ({@link AtlasQueries#search}: ids, summaries, count, in-process on a warm JVM) next to the same SQL
 * sent over plain JDBC; and for the map and chart aggregates, their time next to their raw SQL.
 */
public final class AtlasBenchmark {

    private static final int WARM_UP = 5;
    private static final int RUNS = 60;
    /** A slow query is run at least MIN_RUNS times, then until this budget is spent. */
    private static final long BUDGET_NANOS = 12_000_000_000L;

    private static final int MIN_RUNS = 10;
    private static final Pageable FIRST_PAGE = Pageable.ofSize(20);

    private AtlasBenchmark() {}

    public static void main(String[] args) throws Exception {
        String url = env(
                "COOPDEC_BENCH_DB_URL", "jdbc:mariadb://127.0.0.1:3306/coopdec_bench?createDatabaseIfNotExist=true");
        int target = Integer.parseInt(env("BENCH_PARTENARIATS", "100000"));
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(CoopDecApplication.class)
                // Command-line arguments: they win over application.properties.
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + env("COOPDEC_BENCH_DB_USERNAME", "root"),
                        "--spring.datasource.password=" + env("COOPDEC_BENCH_DB_PASSWORD", ""),
                        "--coopdec.demo.enabled=false",
                        "--spring.liquibase.contexts=main",
                        "--logging.level.root=warn",
                        "--logging.level.fr.coopdec=info",
                        "--spring.main.banner-mode=off",
                        // Vaadin's security needs a servlet context: a web server on a free local port.
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--vaadin.productionMode=false")) {
            fill(ctx, target);
            new Runner(ctx.getBean(AtlasQueries.class), ctx.getBean(DataSource.class)).run();
        }
    }

    private static void fill(ConfigurableApplicationContext ctx, int target) {
        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        AtlasDemoGenerator generator = ctx.getBean(AtlasDemoGenerator.class);
        Long demo = jdbc.queryForObject(
                "SELECT COUNT(*) FROM partenariat WHERE created_by = ?", Long.class, AtlasDemoGenerator.AUTHOR);
        if (demo == null || demo != target) {
            System.out.printf("Filling the benchmark database with %,d partnerships...%n", target);
            generator.purge();
            AtlasDemoGenerator.Report r = generator.generate(target, 2026);
            System.out.printf(
                    "Generated %,d partnerships and %,d projects in %d countries in %.1f s%n",
                    r.partenariats(), r.projets(), r.pays(), r.millis() / 1000.0);
            jdbc.execute("ANALYZE TABLE partenariat, projet, partenariat_collectivite_francaise,"
                    + " partenariat_collectivite_partenaire, partenariat_thematique, collectivite_francaise");
        }
        System.out.printf(
                "Database: %,d partnerships, %,d projects%n",
                jdbc.queryForObject("SELECT COUNT(*) FROM partenariat", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM projet", Long.class));
    }

    private record Runner(AtlasQueries queries, DataSource dataSource) {

        void run() throws SQLException {
            Map<String, PartenariatFilter> searches = new LinkedHashMap<>();
            searches.put("country (BJ)", PartenariatFilter.builder().pays("BJ").build());
            searches.put(
                    "région 84 + its authorities",
                    PartenariatFilter.builder().region("84").build());
            searches.put(
                    "theme (EAU_ASSAINISSEMENT)",
                    PartenariatFilter.builder()
                            .thematiques("EAU_ASSAINISSEMENT")
                            .build());
            searches.put(
                    "full text \"assainissement\"",
                    PartenariatFilter.builder().texte("assainissement").build());
            searches.put(
                    "combined (SN, EDUCATION, ACTIF, >=2010)",
                    PartenariatFilter.builder()
                            .pays("SN")
                            .thematiques("EDUCATION")
                            .statut(StatutPartenariat.ACTIF)
                            .anneeMin(2010)
                            .build());
            System.out.println();
            System.out.println(
                    "== First page of the API (20 rows + count), ms; rows = rows the plan reads (EXPLAIN) ==");
            System.out.printf(
                    "%-42s %9s %9s %9s %9s %7s %8s  %s%n",
                    "search",
                    "svc med",
                    "svc p95",
                    "jdbc med",
                    "jdbc p95",
                    "ratio",
                    "matches",
                    "rows (EXPLAIN: page + count)");
            try (Connection connection = dataSource.getConnection()) {
                for (var search : searches.entrySet()) {
                    PartenariatFilter filter = search.getValue();
                    double[] service = time(() -> queries.search(filter, FIRST_PAGE));
                    double[] raw = time(() -> rawFirstPage(connection, filter));
                    print(
                            search.getKey(),
                            service,
                            raw,
                            queries.count(filter),
                            Explain.rows(connection, AtlasBenchSql.firstPageIds(queries, filter, FIRST_PAGE))
                                    + titleScan(filter)
                                    + (AtlasBenchSql.count(filter) == null
                                            ? ""
                                            : " + " + Explain.rows(connection, AtlasBenchSql.count(filter))));
                }
                System.out.println();
                System.out.println(
                        "== Map and chart aggregates (all partnerships), ms: from the summary (atlas_compteur),"
                                + " its SQL over JDBC, and the live GROUP BY it replaces ==");
                System.out.printf(
                        "%-42s %9s %9s %9s %9s %7s %8s  %s%n",
                        "aggregate",
                        "svc med",
                        "svc p95",
                        "raw med",
                        "raw p95",
                        "ratio",
                        "groups",
                        "rows (EXPLAIN) | live GROUP BY med, rows");
                PartenariatFilter all = PartenariatFilter.all();
                aggregate(connection, "parPays", () -> queries.parPays(all).size(), "PAYS", RawAggregates.PAYS);
                aggregate(
                        connection,
                        "parThematique",
                        () -> queries.parThematique(all).size(),
                        "THEME",
                        RawAggregates.THEME);
                aggregate(connection, "parZone", () -> queries.parZone(all).size(), "ZONE", RawAggregates.ZONE);
                aggregate(connection, "parAnnee", () -> queries.parAnnee(all).size(), "ANNEE", RawAggregates.ANNEE);
                aggregate(connection, "parRegion", () -> queries.parRegion(all).size(), "REGION", RawAggregates.REGION);
                PartenariatFilter actifs = PartenariatFilter.builder()
                        .statut(StatutPartenariat.ACTIF)
                        .build();
                aggregate(
                        connection,
                        "parPays, ACTIF (the map's first view)",
                        () -> queries.parPays(actifs).size(),
                        null,
                        null);
            }
            System.out.println();
            System.out.println(
                    "Goals (issue 17): every first page and aggregate <= 20 ms median at 100,000 partnerships,"
                            + " <= 50 ms at 1,000,000; ratio <= 1.5.");
        }

        private void aggregate(
                Connection connection, String name, Supplier<Integer> service, String figure, String liveSql) {
            double[] svc = time(service::get);
            if (figure == null) {
                System.out.printf("%-42s %9.2f %9.2f%n", name, median(svc), p95(svc));
                return;
            }
            AtlasBenchSql.Statement summarySql = AtlasBenchSql.figure(figure);
            double[] raw = time(() -> rows(connection, summarySql));
            AtlasBenchSql.Statement live = new AtlasBenchSql.Statement(liveSql, new Object[0]);
            double[] liveTimes = timeFew(() -> rows(connection, live));
            print(
                    name,
                    svc,
                    raw,
                    service.get(),
                    Explain.rows(connection, summarySql)
                            + String.format(" | %.2f ms, %s", median(liveTimes), Explain.rows(connection, live)));
        }

        /**
         * EXPLAIN shows the LIMIT for a page that follows the title index; the rows it tests are about
         * the page size × all partnerships ÷ matches.
         */
        private String titleScan(PartenariatFilter filter) {
            if (!AtlasBenchSql.firstPageIds(queries, filter, FIRST_PAGE).sql().contains("FORCE INDEX")) {
                return "";
            }
            long all = queries.count(PartenariatFilter.all());
            return String.format(
                    " (follows the title index: ~%d rows tested)",
                    FIRST_PAGE.getPageSize() * all / Math.max(1, queries.count(filter)));
        }

        private int rawFirstPage(Connection connection, PartenariatFilter filter) {
            List<Long> ids = new ArrayList<>();
            query(connection, AtlasBenchSql.firstPageIds(queries, filter, FIRST_PAGE), rs -> ids.add(rs.getLong(1)));
            if (ids.isEmpty()) {
                return 0;
            }
            int rows = rows(connection, AtlasBenchSql.resumes(ids));
            if (ids.size() == FIRST_PAGE.getPageSize() && AtlasBenchSql.count(filter) != null) {
                rows += rows(connection, AtlasBenchSql.count(filter));
            }
            return rows;
        }
    }

    interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    static int rows(Connection connection, AtlasBenchSql.Statement statement) {
        int[] count = {0};
        query(connection, statement, rs -> {
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                rs.getObject(i);
            }
            count[0]++;
        });
        return count[0];
    }

    static void query(Connection connection, AtlasBenchSql.Statement statement, RowHandler handler) {
        try (PreparedStatement ps = connection.prepareStatement(statement.sql())) {
            for (int i = 0; i < statement.values().length; i++) {
                ps.setObject(i + 1, statement.values()[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.row(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(statement.sql(), e);
        }
    }

    /** Milliseconds of each measured run, sorted (after a warm-up). */
    static double[] time(Supplier<?> action) {
        for (int i = 0; i < WARM_UP; i++) {
            action.get();
        }
        double[] ms = new double[RUNS];
        long begin = System.nanoTime();
        int runs = 0;
        while (runs < RUNS && (runs < MIN_RUNS || System.nanoTime() - begin < BUDGET_NANOS)) {
            long start = System.nanoTime();
            action.get();
            ms[runs++] = (System.nanoTime() - start) / 1e6;
        }
        double[] measured = Arrays.copyOf(ms, runs);
        Arrays.sort(measured);
        return measured;
    }

    static void print(String name, double[] svc, double[] raw, long matches, String rows) {
        double ratio = median(svc) / median(raw);
        System.out.printf(
                "%-42s %9.2f %9.2f %9.2f %9.2f %7.2f %8d  %s%n",
                name, median(svc), p95(svc), median(raw), p95(raw), ratio, matches, rows);
    }

    /** A few runs only: the live GROUP BY is printed for reference, not judged. */
    static double[] timeFew(Supplier<?> action) {
        action.get();
        double[] ms = new double[5];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            action.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    static double p95(double[] sorted) {
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
