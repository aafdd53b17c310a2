package fr.coopdec.jeunesse;

import fr.coopdec.shared.TranslationProvider;
import fr.coopdec.shared.dashboard.AuthorityActivity;
import fr.coopdec.shared.dashboard.DashboardAlert;
import fr.coopdec.shared.dashboard.DashboardScope;
import fr.coopdec.shared.dashboard.KeyFigure;
import fr.coopdec.shared.dashboard.KeyFigureSource;
import fr.coopdec.shared.dashboard.YearSeries;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Volunteers on the DAECT dashboard: placements in progress (abroad, hosted in France), placements per
 * year, and placements whose end date has passed without being closed. One SQL query per figure;
 * no personal data leaves this module (counts, programmes and places only).
 */
@Component
@Transactional(readOnly = true)
class JeunesseDashboardFigures implements KeyFigureSource {

    private static final String MISSIONS = "jeunesse/missions";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    JeunesseDashboardFigures(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Volunteers on placement now: placements in progress (one volunteer's placements never overlap). */
    @Override
    public List<KeyFigure> keyFigures(DashboardScope scope) {
        String inProgress = "SELECT COUNT(*) FROM jeunesse_mission m WHERE m.direction = :direction"
                + " AND m.statut = 'EN_COURS'" + where(scope);
        long abroad = count(inProgress, params(scope).addValue("direction", Direction.ENVOI.name()));
        long hosted = count(inProgress, params(scope).addValue("direction", Direction.ACCUEIL.name()));
        return List.of(
                KeyFigure.count(
                        500,
                        "dashboard.jeunesse.envoi",
                        abroad,
                        MISSIONS + "?direction=ENVOI&statut=EN_COURS" + scope.paysParam("&")),
                KeyFigure.count(
                        510,
                        "dashboard.jeunesse.accueil",
                        hosted,
                        MISSIONS + "?direction=ACCUEIL&statut=EN_COURS" + scope.paysParam("&")));
    }

    @Override
    public List<YearSeries> trends(DashboardScope scope) {
        TreeMap<Integer, BigDecimal> values = new TreeMap<>();
        jdbc.query(
                "SELECT YEAR(m.date_debut), COUNT(*) FROM jeunesse_mission m WHERE 1 = 1" + where(scope)
                        + " GROUP BY YEAR(m.date_debut)",
                params(scope),
                rs -> {
                    values.put(rs.getInt(1), rs.getBigDecimal(2));
                });
        return List.of(new YearSeries("dashboard.jeunesse.trend", values));
    }

    /** Placements past their end date still planned or in progress: nobody reported how they ended. */
    @Override
    public List<DashboardAlert> alerts(DashboardScope scope, int limit) {
        return jdbc.query(
                """
                SELECT m.id, m.programme, m.ville, m.date_fin,
                       COALESCE(c.nom, m.association_france) AS structure
                  FROM jeunesse_mission m LEFT JOIN collectivite_francaise c ON c.id = m.collectivite_francaise_id
                 WHERE m.statut IN ('PREVUE', 'EN_COURS') AND m.date_fin < :today"""
                        + where(scope)
                        + " ORDER BY m.date_fin, m.id LIMIT :limit",
                params(scope).addValue("limit", limit),
                (rs, i) -> new DashboardAlert(
                        "dashboard.alert.jeunesse.sans-bilan",
                        rs.getString("programme") + " · " + rs.getString("ville"),
                        rs.getString("structure"),
                        rs.getDate("date_fin").toLocalDate(),
                        MISSIONS + "/" + rs.getLong("id")));
    }

    @Override
    public AuthorityActivity activity(long collectiviteFrancaiseId, Locale locale) {
        List<AuthorityActivity.Line> lines = jdbc.query(
                "SELECT m.id, m.direction, m.programme, m.ville, m.date_debut,"
                        + " m.updated_at FROM jeunesse_mission m WHERE m.collectivite_francaise_id = :cf"
                        + " ORDER BY m.date_debut DESC, m.id LIMIT 200",
                new MapSqlParameterSource("cf", collectiviteFrancaiseId),
                (rs, i) -> new AuthorityActivity.Line(
                        TranslationProvider.translate("jeunesse.programme." + rs.getString("programme"), locale) + " · "
                                + rs.getString("ville"),
                        TranslationProvider.translate("jeunesse.direction." + rs.getString("direction"), locale) + " · "
                                + rs.getDate("date_debut").toLocalDate(),
                        rs.getTimestamp("updated_at").toInstant(),
                        MISSIONS + "/" + rs.getLong("id")));
        return new AuthorityActivity(500, "dashboard.jeunesse.activity", lines);
    }

    private static String where(DashboardScope scope) {
        if (scope.paysId() != null) {
            return " AND m.pays_id = :pays";
        }
        return scope.collectiviteFrancaiseId() != null ? " AND m.collectivite_francaise_id = :cf" : "";
    }

    private MapSqlParameterSource params(DashboardScope scope) {
        return new MapSqlParameterSource("today", LocalDate.now(clock))
                .addValue("pays", scope.paysId())
                .addValue("cf", scope.collectiviteFrancaiseId());
    }

    private long count(String sql, MapSqlParameterSource params) {
        Long value = jdbc.queryForObject(sql, params, Long.class);
        return value == null ? 0 : value;
    }
}
