package fr.coopdec.atlas;

import fr.coopdec.shared.dashboard.AuthorityActivity;
import fr.coopdec.shared.dashboard.DashboardAlert;
import fr.coopdec.shared.dashboard.DashboardScope;
import fr.coopdec.shared.dashboard.KeyFigure;
import fr.coopdec.shared.dashboard.KeyFigureSource;
import fr.coopdec.shared.dashboard.YearSeries;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Atlas on the DAECT dashboard: active partnerships, the French authorities and countries they
 * involve, their projects and budgets, yearly trends, stale records and an authority's partnerships.
 * Every figure is one SQL query on the search's WHERE clause ({@link PartenariatSql}), so a figure
 * and the list its link opens always agree.
 */
@Component
@Transactional(readOnly = true)
class AtlasDashboardFigures implements KeyFigureSource {

    private final NamedParameterJdbcTemplate jdbc;
    private final PartenariatFilterParams params;
    private final Clock clock;

    AtlasDashboardFigures(NamedParameterJdbcTemplate jdbc, PartenariatFilterParams params, Clock clock) {
        this.jdbc = jdbc;
        this.params = params;
        this.clock = clock;
    }

    @Override
    public List<KeyFigure> keyFigures(DashboardScope scope) {
        PartenariatFilter active = PartenariatFilter.inScope(scope).toBuilder()
                .statut(StatutPartenariat.ACTIF)
                .build();
        PartenariatSql sql = new PartenariatSql(active);
        String search = link("atlas", active);
        long partenariats = number("SELECT COUNT(*) FROM partenariat p WHERE " + sql.where, sql)
                .longValue();
        long collectivites = number(
                        "SELECT COUNT(DISTINCT x.collectivite_francaise_id) FROM partenariat p"
                                + " JOIN partenariat_collectivite_francaise x ON x.partenariat_id = p.id WHERE "
                                + sql.where,
                        sql)
                .longValue();
        // groupings (syndicats, associations of authorities, public bodies) are counted above, and on their own here
        long groupements = number(
                        "SELECT COUNT(DISTINCT x.collectivite_francaise_id) FROM partenariat p"
                                + " JOIN partenariat_collectivite_francaise x ON x.partenariat_id = p.id"
                                + " JOIN collectivite_francaise g ON g.id = x.collectivite_francaise_id"
                                + " WHERE g.type IN ('SYNDICAT', 'ASSOCIATION', 'ETABLISSEMENT_PUBLIC') AND "
                                + sql.where,
                        sql)
                .longValue();
        long pays = number("SELECT COUNT(DISTINCT p.pays_id) FROM partenariat p WHERE " + sql.where, sql)
                .longValue();
        long projets = number(
                        "SELECT COUNT(*) FROM projet pr JOIN partenariat p ON p.id = pr.partenariat_id WHERE "
                                + sql.where,
                        sql)
                .longValue();
        BigDecimal budgets = (BigDecimal) number(
                "SELECT COALESCE(SUM(pr.budget_total), 0) FROM projet pr"
                        + " JOIN partenariat p ON p.id = pr.partenariat_id WHERE " + sql.where,
                sql);
        return List.of(
                KeyFigure.count(100, "dashboard.atlas.partenariats", partenariats, search),
                KeyFigure.count(110, "dashboard.atlas.collectivites", collectivites, search),
                KeyFigure.count(115, "dashboard.atlas.groupements", groupements, search),
                KeyFigure.count(120, "dashboard.atlas.pays", pays, link("atlas/carte", active)),
                KeyFigure.count(130, "dashboard.atlas.projets", projets, search),
                KeyFigure.euros(140, "dashboard.atlas.budgets", budgets, search));
    }

    @Override
    public List<YearSeries> trends(DashboardScope scope) {
        PartenariatSql sql = new PartenariatSql(PartenariatFilter.inScope(scope));
        YearSeries started = series(
                "dashboard.atlas.trend.partenariats",
                "SELECT p.annee_debut, COUNT(*)" + " FROM partenariat p WHERE " + sql.where + " GROUP BY p.annee_debut",
                sql);
        YearSeries budgets = series(
                "dashboard.atlas.trend.budgets",
                "SELECT YEAR(pr.date_debut),"
                        + " COALESCE(SUM(pr.budget_total), 0) FROM projet pr JOIN partenariat p ON p.id = pr.partenariat_id"
                        + " WHERE " + sql.where + " AND pr.date_debut IS NOT NULL GROUP BY YEAR(pr.date_debut)",
                sql);
        return List.of(started, budgets);
    }

    /** Partnerships nobody updated for {@value FraicheurService#STALE_AFTER_YEARS} years, oldest first. */
    @Override
    public List<DashboardAlert> alerts(DashboardScope scope, int limit) {
        PartenariatSql sql = new PartenariatSql(PartenariatFilter.inScope(scope));
        sql.params
                .addValue(
                        "cutoff",
                        LocalDateTime.now(clock.withZone(ZoneOffset.UTC))
                                .minusYears(FraicheurService.STALE_AFTER_YEARS))
                .addValue("limit", limit);
        return jdbc.query(
                """
                SELECT p.id, p.intitule, p.derniere_mise_a_jour,
                       (SELECT GROUP_CONCAT(c.nom ORDER BY c.nom SEPARATOR ', ')
                          FROM partenariat_collectivite_francaise x
                          JOIN collectivite_francaise c ON c.id = x.collectivite_francaise_id
                         WHERE x.partenariat_id = p.id) AS collectivites
                  FROM partenariat p
                 WHERE p.derniere_mise_a_jour < :cutoff AND\s"""
                        + sql.where
                        + " ORDER BY p.derniere_mise_a_jour, p.id LIMIT :limit",
                sql.params,
                (rs, i) -> new DashboardAlert(
                        "dashboard.alert.atlas.stale",
                        rs.getString("intitule"),
                        rs.getString("collectivites"),
                        rs.getTimestamp("derniere_mise_a_jour")
                                .toLocalDateTime()
                                .toLocalDate(),
                        "atlas/partenariats/" + rs.getLong("id")));
    }

    @Override
    public AuthorityActivity activity(long collectiviteFrancaiseId, Locale locale) {
        PartenariatSql sql = new PartenariatSql(PartenariatFilter.builder()
                .collectiviteFrancaise(collectiviteFrancaiseId)
                .build());
        List<AuthorityActivity.Line> lines = jdbc.query(
                "SELECT p.id, p.intitule, p.statut, py.nom_fr, py.nom_en, p.derniere_mise_a_jour"
                        + " FROM partenariat p JOIN pays py ON py.id = p.pays_id WHERE " + sql.where
                        + " ORDER BY p.derniere_mise_a_jour DESC, p.id LIMIT 200",
                sql.params,
                (rs, i) -> new AuthorityActivity.Line(
                        rs.getString("intitule"),
                        rs.getString("en".equals(locale.getLanguage()) ? "nom_en" : "nom_fr"),
                        ((Timestamp) rs.getObject("derniere_mise_a_jour", Timestamp.class)).toInstant(),
                        "atlas/partenariats/" + rs.getLong("id")));
        return new AuthorityActivity(100, "dashboard.atlas.activity", lines);
    }

    private Number number(String query, PartenariatSql sql) {
        return jdbc.queryForObject(query, sql.params, (rs, i) -> (Number) rs.getObject(1));
    }

    private YearSeries series(String labelKey, String query, PartenariatSql sql) {
        TreeMap<Integer, BigDecimal> values = new TreeMap<>();
        jdbc.query(query, sql.params, rs -> {
            values.put(rs.getInt(1), rs.getBigDecimal(2));
        });
        return new YearSeries(labelKey, values);
    }

    private String link(String route, PartenariatFilter filter) {
        return route + params.queryString(filter);
    }
}
