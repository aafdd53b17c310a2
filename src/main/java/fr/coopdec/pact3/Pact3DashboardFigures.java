package fr.coopdec.pact3;

import fr.coopdec.shared.TranslationProvider;
import fr.coopdec.shared.dashboard.AuthorityActivity;
import fr.coopdec.shared.dashboard.DashboardScope;
import fr.coopdec.shared.dashboard.KeyFigure;
import fr.coopdec.shared.dashboard.KeyFigureSource;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * PACT3 on the DAECT dashboard: open calls, authorities holding a valid label, exploratory missions
 * under way (in a country, for an embassy post; of an authority, for itself). One SQL query each.
 */
@Component
@Transactional(readOnly = true)
class Pact3DashboardFigures implements KeyFigureSource {

    private static final String MISSIONS_UNDER_WAY = "('PROPOSEE', 'APPROUVEE', 'REALISEE', 'RAPPORT_DEPOSE')";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    Pact3DashboardFigures(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<KeyFigure> keyFigures(DashboardScope scope) {
        MapSqlParameterSource params = new MapSqlParameterSource("today", LocalDate.now(clock))
                .addValue("pays", scope.paysCode())
                .addValue("cf", scope.collectiviteFrancaiseId());
        long calls = count(
                "SELECT COUNT(*) FROM pact3_appel WHERE date_ouverture <= :today AND date_cloture >= :today", params);
        long labels = count(
                "SELECT COUNT(DISTINCT c.collectivite_francaise_id) FROM pact3_candidature c"
                        + " WHERE c.statut = 'LABELLISEE' AND c.label_valide_jusqu_au >= :today"
                        + (scope.collectiviteFrancaiseId() != null ? " AND c.collectivite_francaise_id = :cf" : ""),
                params);
        long missions = count(
                "SELECT COUNT(*) FROM pact3_mission m JOIN pact3_candidature c ON c.id = m.candidature_id"
                        + " WHERE m.statut IN " + MISSIONS_UNDER_WAY
                        + (scope.paysCode() != null ? " AND m.pays_code = :pays" : "")
                        + (scope.collectiviteFrancaiseId() != null ? " AND c.collectivite_francaise_id = :cf" : ""),
                params);
        // the lists behind the figures are DAECT's or the authority's; an embassy post gets the public one
        String callsList = scope.collectiviteFrancaiseId() != null
                ? "pact3/candidatures"
                : scope.paysCode() != null ? "pact3/laureats" : "pact3/appels";
        return List.of(
                KeyFigure.count(300, "dashboard.pact3.appels", calls, callsList),
                KeyFigure.count(310, "dashboard.pact3.labels", labels, "pact3/laureats"),
                KeyFigure.count(
                        320,
                        "dashboard.pact3.missions",
                        missions,
                        scope.paysCode() != null && !scope.daect() ? null : "pact3/missions" + scope.paysParam("?")));
    }

    @Override
    public AuthorityActivity activity(long collectiviteFrancaiseId, Locale locale) {
        List<AuthorityActivity.Line> lines = jdbc.query(
                "SELECT a.intitule, c.statut, c.label_valide_jusqu_au, c.updated_at"
                        + " FROM pact3_candidature c JOIN pact3_appel a ON a.id = c.appel_id"
                        + " WHERE c.collectivite_francaise_id = :cf ORDER BY a.annee DESC, c.id",
                new MapSqlParameterSource("cf", collectiviteFrancaiseId),
                (rs, i) -> new AuthorityActivity.Line(
                        rs.getString("intitule"),
                        TranslationProvider.translate("pact3.statut." + rs.getString("statut"), locale)
                                + (rs.getDate("label_valide_jusqu_au") == null
                                        ? ""
                                        : " → " + rs.getDate("label_valide_jusqu_au")),
                        rs.getTimestamp("updated_at").toInstant(),
                        "pact3/laureats"));
        return new AuthorityActivity(300, "dashboard.pact3.activity", lines);
    }

    private long count(String sql, MapSqlParameterSource params) {
        Long value = jdbc.queryForObject(sql, params, Long.class);
        return value == null ? 0 : value;
    }
}
