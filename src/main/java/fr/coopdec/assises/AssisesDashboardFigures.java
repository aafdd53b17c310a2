package fr.coopdec.assises;

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
 * The Assises on the DAECT dashboard: upcoming events and their confirmed registrations — for a
 * country, those of its foreign authorities; for an authority, its own delegates. One SQL query each.
 */
@Component
@Transactional(readOnly = true)
class AssisesDashboardFigures implements KeyFigureSource {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    AssisesDashboardFigures(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<KeyFigure> keyFigures(DashboardScope scope) {
        MapSqlParameterSource params = new MapSqlParameterSource("today", LocalDate.now(clock))
                .addValue("pays", scope.paysId())
                .addValue("cf", scope.collectiviteFrancaiseId());
        long events = count("SELECT COUNT(*) FROM assises_evenement e WHERE e.date_fin >= :today", params);
        String registrations =
                "SELECT COUNT(*) FROM assises_inscription i JOIN assises_evenement e ON e.id = i.evenement_id"
                        + " WHERE e.date_fin >= :today AND i.statut = 'CONFIRMEE'";
        if (scope.paysId() != null) {
            registrations +=
                    " AND i.collectivite_partenaire_id IN (SELECT c.id FROM collectivite_partenaire c WHERE c.pays_id = :pays)";
        } else if (scope.collectiviteFrancaiseId() != null) {
            registrations += " AND i.collectivite_francaise_id = :cf";
        }
        return List.of(
                KeyFigure.count(600, "dashboard.assises.evenements", events, "assises"),
                KeyFigure.count(610, "dashboard.assises.inscriptions", count(registrations, params), "assises"));
    }

    @Override
    public AuthorityActivity activity(long collectiviteFrancaiseId, Locale locale) {
        List<AuthorityActivity.Line> lines = jdbc.query(
                "SELECT e.id, e.titre, e.date_debut, COUNT(*) AS delegues,"
                        + " MAX(i.updated_at) AS maj FROM assises_inscription i JOIN assises_evenement e ON e.id = i.evenement_id"
                        + " WHERE i.collectivite_francaise_id = :cf AND i.statut <> 'ANNULEE'"
                        + " GROUP BY e.id, e.titre, e.date_debut ORDER BY e.date_debut DESC LIMIT 100",
                new MapSqlParameterSource("cf", collectiviteFrancaiseId),
                (rs, i) -> new AuthorityActivity.Line(
                        rs.getString("titre"),
                        rs.getDate("date_debut").toLocalDate() + " · " + rs.getInt("delegues"),
                        rs.getTimestamp("maj").toInstant(),
                        "assises/evenements/" + rs.getLong("id")));
        return new AuthorityActivity(600, "dashboard.assises.activity", lines);
    }

    private long count(String sql, MapSqlParameterSource params) {
        Long value = jdbc.queryForObject(sql, params, Long.class);
        return value == null ? 0 : value;
    }
}
