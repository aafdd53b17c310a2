package fr.coopdec.bourse;

import fr.coopdec.shared.TranslationProvider;
import fr.coopdec.shared.dashboard.AuthorityActivity;
import fr.coopdec.shared.dashboard.DashboardAlert;
import fr.coopdec.shared.dashboard.DashboardScope;
import fr.coopdec.shared.dashboard.KeyFigure;
import fr.coopdec.shared.dashboard.KeyFigureSource;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Bourse on the DAECT dashboard: sheets waiting for moderation, published sheets, and sheets
 * waiting for more than {@value #WAITING_DAYS} days. A country's scope covers the sheets of that
 * country and those that target it; an authority's, its own sheets. One SQL query each.
 */
@Component
@Transactional(readOnly = true)
class BourseDashboardFigures implements KeyFigureSource {

    static final int WAITING_DAYS = 15;
    private static final String WAITING = "('SOUMISE', 'EN_REVUE')";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    BourseDashboardFigures(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<KeyFigure> keyFigures(DashboardScope scope) {
        MapSqlParameterSource params = params(scope);
        long waiting = count("SELECT COUNT(*) FROM bourse_fiche f WHERE f.statut IN " + WAITING + where(scope), params);
        long published = count("SELECT COUNT(*) FROM bourse_fiche f WHERE f.statut = 'PUBLIEE'" + where(scope), params);
        String queue = scope.collectiviteFrancaiseId() != null
                ? null
                : !scope.daect() ? "bourse/poste" : "bourse/moderation" + scope.paysParam("?");
        return List.of(
                KeyFigure.count(200, "dashboard.bourse.attente", waiting, queue),
                KeyFigure.count(210, "dashboard.bourse.publiees", published, "bourse" + scope.paysParam("?")));
    }

    @Override
    public List<DashboardAlert> alerts(DashboardScope scope, int limit) {
        MapSqlParameterSource params = params(scope)
                .addValue("limit", limit)
                .addValue(
                        "cutoff",
                        LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).minusDays(WAITING_DAYS));
        return jdbc.query(
                "SELECT f.id, f.nom_collectivite, f.confirmee_le FROM bourse_fiche f WHERE f.statut IN " + WAITING
                        + " AND f.confirmee_le < :cutoff" + where(scope)
                        + " ORDER BY f.confirmee_le, f.id LIMIT :limit",
                params,
                (rs, i) -> new DashboardAlert(
                        "dashboard.alert.bourse.attente",
                        rs.getString("nom_collectivite"),
                        "DAECT",
                        rs.getTimestamp("confirmee_le").toLocalDateTime().toLocalDate(),
                        "bourse/moderation/" + rs.getLong("id")));
    }

    @Override
    public AuthorityActivity activity(long collectiviteFrancaiseId, Locale locale) {
        List<AuthorityActivity.Line> lines = jdbc.query(
                "SELECT f.id, f.sens, f.statut, f.updated_at FROM bourse_fiche f"
                        + " WHERE f.collectivite_francaise_id = :cf ORDER BY f.updated_at DESC, f.id LIMIT 100",
                new MapSqlParameterSource("cf", collectiviteFrancaiseId),
                (rs, i) -> new AuthorityActivity.Line(
                        TranslationProvider.translate("bourse.enum.Sens." + rs.getString("sens"), locale),
                        TranslationProvider.translate("bourse.enum.StatutFiche." + rs.getString("statut"), locale),
                        rs.getTimestamp("updated_at").toInstant(),
                        "PUBLIEE".equals(rs.getString("statut")) ? "bourse/fiches/" + rs.getLong("id") : null));
        return new AuthorityActivity(200, "dashboard.bourse.activity", lines);
    }

    private static String where(DashboardScope scope) {
        if (scope.paysId() != null) {
            return " AND (f.pays_id = :pays OR EXISTS (SELECT 1 FROM bourse_fiche_pays_cible c"
                    + " WHERE c.fiche_id = f.id AND c.pays_id = :pays))";
        }
        return scope.collectiviteFrancaiseId() != null ? " AND f.collectivite_francaise_id = :cf" : "";
    }

    private static MapSqlParameterSource params(DashboardScope scope) {
        return new MapSqlParameterSource("pays", scope.paysId()).addValue("cf", scope.collectiviteFrancaiseId());
    }

    private long count(String sql, MapSqlParameterSource params) {
        Long value = jdbc.queryForObject(sql, params, Long.class);
        return value == null ? 0 : value;
    }
}
