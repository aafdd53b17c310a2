package fr.coopdec.atlas;

import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the Atlas summary ({@code atlas_compteur}, kept current by triggers on every write, see the
 * Liquibase change 2026-12-04-h17-01-atlas-summary): the map and chart figures of all partnerships or
 * of one status, and the count of a search on one dimension alone, in a few hundred counter rows
 * whatever the number of partnerships (bench/atlas.sh). Any other filter goes to the live SQL.
 */
@Component
class AtlasSummary {

    private final NamedParameterJdbcTemplate jdbc;

    AtlasSummary(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True when the summary holds the figures of this filter: no criterion, or a status alone. */
    static boolean covers(PartenariatFilter filter) {
        return filter.toBuilder().statut(null).build().equals(PartenariatFilter.all());
    }

    /** A statement on the summary and its parameters (also sent over plain JDBC by bench/atlas.sh). */
    record Sql(String sql, MapSqlParameterSource params) {}

    /** The figures the map and charts show, each read from one dimension of the summary. */
    enum Figure {
        PAYS(
                "PAYS",
                "py.code_alpha2, py.nom_fr, py.nom_en",
                "JOIN pays py ON py.id = s.cle",
                "py.id, py.code_alpha2, py.nom_fr, py.nom_en"),
        ZONE("PAYS", "py.zone, py.zone, py.zone", "JOIN pays py ON py.id = s.cle", "py.zone"),
        ANNEE("ANNEE", "CAST(s.cle AS CHAR), CAST(s.cle AS CHAR), NULL", "", "s.cle"),
        THEME(
                "THEME",
                "t.code, t.libelle_fr, t.libelle_en",
                "JOIN thematique t ON t.id = s.cle",
                "t.id, t.code, t.libelle_fr, t.libelle_en"),
        REGION(
                "REGION",
                "r.code, r.nom, r.nom",
                "JOIN collectivite_francaise r ON r.id = s.cle",
                "r.id, r.code, r.nom");

        private final String dimension;
        private final String labels;
        private final String join;
        private final String groupBy;

        Figure(String dimension, String labels, String join, String groupBy) {
            this.dimension = dimension;
            this.labels = labels;
            this.join = join;
            this.groupBy = groupBy;
        }

        Sql sql(PartenariatFilter filter) {
            MapSqlParameterSource params = new MapSqlParameterSource("dimension", dimension);
            return new Sql(
                    "SELECT " + labels + ", SUM(s.nombre) FROM atlas_compteur s " + join
                            + " WHERE s.dimension = :dimension" + statut(filter, params)
                            + " GROUP BY " + groupBy + " HAVING SUM(s.nombre) > 0 ORDER BY SUM(s.nombre) DESC",
                    params);
        }
    }

    /** The figure of a filter the summary {@link #covers}. */
    List<Agregat> figure(Figure figure, PartenariatFilter filter) {
        Sql sql = figure.sql(filter);
        return jdbc.query(
                sql.sql(),
                sql.params(),
                (rs, i) -> new Agregat(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
    }

    /**
     * The number of partnerships of a filter on one dimension alone (possibly with a status): all, one
     * or more countries, a world zone, one theme, one French région. Null when the summary cannot tell
     * (several themes overlap; other criteria need the rows).
     */
    Long count(PartenariatFilter filter) {
        Sql sql = countSql(filter);
        if (sql == null) {
            return null;
        }
        Long count = jdbc.queryForObject(sql.sql(), sql.params(), Long.class);
        return count == null ? 0 : count;
    }

    /** The statement of {@link #count}, or null. */
    static Sql countSql(PartenariatFilter filter) {
        PartenariatFilter.Builder rest = filter.toBuilder().statut(null);
        MapSqlParameterSource params = new MapSqlParameterSource();
        String dimension;
        String join;
        if (!filter.paysCodes().isEmpty()) {
            rest.pays(Set.of());
            dimension = "PAYS";
            join = "JOIN pays py ON py.id = s.cle AND py.code_alpha2 IN (:codes)";
            params.addValue("codes", filter.paysCodes());
        } else if (filter.zone() != null) {
            rest.zone(null);
            dimension = "PAYS";
            join = "JOIN pays py ON py.id = s.cle AND py.zone = :zone";
            params.addValue("zone", filter.zone().name());
        } else if (filter.thematiqueCodes().size() == 1) {
            rest.thematiques(Set.of());
            dimension = "THEME";
            join = "JOIN thematique t ON t.id = s.cle AND t.code IN (:codes)";
            params.addValue("codes", filter.thematiqueCodes());
        } else if (filter.regionCode() != null) {
            rest.region(null);
            dimension = "REGION";
            join = "JOIN collectivite_francaise r ON r.id = s.cle AND r.type = 'REGION' AND r.code = :code";
            params.addValue("code", filter.regionCode());
        } else {
            dimension = "PAYS";
            join = "";
        }
        if (!rest.build().equals(PartenariatFilter.all())) {
            return null;
        }
        params.addValue("dimension", dimension);
        return new Sql(
                "SELECT COALESCE(SUM(s.nombre), 0) FROM atlas_compteur s " + join + " WHERE s.dimension = :dimension"
                        + statut(filter, params),
                params);
    }

    private static String statut(PartenariatFilter filter, MapSqlParameterSource params) {
        if (filter.statut() == null) {
            return "";
        }
        params.addValue("statut", filter.statut().name());
        return " AND s.statut = :statut";
    }
}
