package fr.coopdec.ficol;

import fr.coopdec.shared.TranslationProvider;
import fr.coopdec.shared.dashboard.AuthorityActivity;
import fr.coopdec.shared.dashboard.DashboardAlert;
import fr.coopdec.shared.dashboard.DashboardScope;
import fr.coopdec.shared.dashboard.KeyFigure;
import fr.coopdec.shared.dashboard.KeyFigureSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * FICOL on the DAECT dashboard: the pipeline (amounts requested by files under review, granted by
 * files under agreement, disbursed) and the final reports that are overdue. One SQL query each; an
 * authority's scope covers the files it leads or belongs to.
 */
@Component
@Transactional(readOnly = true)
class FicolDashboardFigures implements KeyFigureSource {

    private static final String LIST = "ficol/dossiers";
    private static final String UNDER_REVIEW = "('DEPOSE', 'ELIGIBILITE', 'INSTRUCTION', 'COMITE')";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    FicolDashboardFigures(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<KeyFigure> keyFigures(DashboardScope scope) {
        MapSqlParameterSource params = params(scope);
        // the amounts by country, DAC category and year; an authority, which has no such page, gets its files
        String list = scope.collectiviteFrancaiseId() != null
                ? LIST
                : scope.paysCode() != null ? LIST + scope.paysParam("?") : "ficol/tableau-de-bord";
        return List.of(
                KeyFigure.euros(
                        400,
                        "dashboard.ficol.demande",
                        sum("SUM(d.montant_demande)", UNDER_REVIEW, scope, params),
                        list),
                KeyFigure.euros(
                        410,
                        "dashboard.ficol.accorde",
                        sum("SUM(" + FicolMontants.GRANTED + ")", null, scope, params),
                        list),
                KeyFigure.euros(
                        420,
                        "dashboard.ficol.verse",
                        sum("SUM(" + FicolMontants.PAID + ")", null, scope, params),
                        list));
    }

    /** Signed agreements whose final report is past due and not received: the authority must send it. */
    @Override
    public List<DashboardAlert> alerts(DashboardScope scope, int limit) {
        return jdbc.query(
                "SELECT d.id, d.intitule, d.echeance_rapport_final, c.nom FROM ficol_dossier d"
                        + " JOIN collectivite_francaise c ON c.id = d.chef_de_file_id"
                        + " WHERE d.statut IN ('CONVENTION_SIGNEE', 'VERSEMENTS') AND d.rapport_final_recu_le IS NULL"
                        + " AND d.echeance_rapport_final < :today" + where(scope)
                        + " ORDER BY d.echeance_rapport_final, d.id LIMIT :limit",
                params(scope).addValue("limit", limit),
                (rs, i) -> new DashboardAlert(
                        "dashboard.alert.ficol.rapport",
                        rs.getString("intitule"),
                        rs.getString("nom"),
                        rs.getDate("echeance_rapport_final").toLocalDate(),
                        "ficol/dossier/" + rs.getLong("id")));
    }

    @Override
    public AuthorityActivity activity(long collectiviteFrancaiseId, Locale locale) {
        DashboardScope scope = DashboardScope.collectivite(collectiviteFrancaiseId);
        List<AuthorityActivity.Line> lines = jdbc.query(
                "SELECT d.id, d.intitule, d.statut, d.updated_at FROM ficol_dossier d" + " WHERE 1 = 1" + where(scope)
                        + " ORDER BY d.updated_at DESC, d.id LIMIT 200",
                params(scope),
                (rs, i) -> new AuthorityActivity.Line(
                        rs.getString("intitule"),
                        TranslationProvider.translate("ficol.statut." + rs.getString("statut"), locale),
                        rs.getTimestamp("updated_at").toInstant(),
                        "ficol/dossier/" + rs.getLong("id")));
        return new AuthorityActivity(400, "dashboard.ficol.activity", lines);
    }

    private BigDecimal sum(String aggregate, String statuses, DashboardScope scope, MapSqlParameterSource params) {
        return jdbc.queryForObject(
                "SELECT COALESCE(" + aggregate + ", 0) FROM ficol_dossier d WHERE 1 = 1"
                        + (statuses == null ? "" : " AND d.statut IN " + statuses) + where(scope),
                params,
                BigDecimal.class);
    }

    private static String where(DashboardScope scope) {
        if (scope.paysId() != null) {
            return " AND d.pays_id = :pays";
        }
        return scope.collectiviteFrancaiseId() == null
                ? ""
                : " AND (d.chef_de_file_id = :cf OR EXISTS (SELECT 1"
                        + " FROM ficol_dossier_membre m WHERE m.dossier_id = d.id AND m.collectivite_francaise_id = :cf))";
    }

    private MapSqlParameterSource params(DashboardScope scope) {
        return new MapSqlParameterSource("today", LocalDate.now(clock))
                .addValue("pays", scope.paysId())
                .addValue("cf", scope.collectiviteFrancaiseId());
    }
}
