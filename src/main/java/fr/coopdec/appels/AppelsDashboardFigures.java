package fr.coopdec.appels;

import fr.coopdec.shared.TranslationProvider;
import fr.coopdec.shared.dashboard.AuthorityActivity;
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
 * DAECT's calls on the dashboard (orders 700–799): open calls, applications awaiting a decision and
 * the money DAECT granted — in a country for an embassy post, of an authority for itself. One SQL each.
 */
@Component
@Transactional(readOnly = true)
class AppelsDashboardFigures implements KeyFigureSource {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    AppelsDashboardFigures(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<KeyFigure> keyFigures(DashboardScope scope) {
        MapSqlParameterSource params = new MapSqlParameterSource("today", LocalDate.now(clock))
                .addValue("pays", scope.paysId())
                .addValue("cf", scope.collectiviteFrancaiseId());
        String within = (scope.paysId() != null ? " AND c.pays_id = :pays" : "")
                + (scope.collectiviteFrancaiseId() != null ? " AND c.porteur_id = :cf" : "");
        Long ouverts = jdbc.queryForObject(
                "SELECT COUNT(*) FROM appels_appel WHERE date_ouverture <= :today AND date_cloture >= :today",
                params,
                Long.class);
        Long attente = jdbc.queryForObject(
                "SELECT COUNT(*) FROM appels_candidature c WHERE c.statut IN ('DEPOSEE', 'EN_INSTRUCTION')" + within,
                params,
                Long.class);
        BigDecimal accorde = jdbc.queryForObject(
                "SELECT COALESCE(SUM(c.montant_accorde), 0) FROM appels_candidature c WHERE c.statut = 'ACCORDEE'"
                        + within,
                params,
                BigDecimal.class);
        return List.of(
                KeyFigure.count(700, "appels.dashboard.ouverts", ouverts == null ? 0 : ouverts, AppelsLinks.appels()),
                KeyFigure.count(
                        710, "appels.dashboard.attente", attente == null ? 0 : attente, AppelsLinks.candidatures()),
                KeyFigure.euros(720, "appels.dashboard.accorde", accorde, AppelsLinks.candidatures()));
    }

    @Override
    public AuthorityActivity activity(long collectiviteFrancaiseId, Locale locale) {
        List<AuthorityActivity.Line> lines = jdbc.query(
                "SELECT c.id, c.intitule, c.statut, c.updated_at, a.intitule appel FROM appels_candidature c"
                        + " JOIN appels_appel a ON a.id = c.appel_id WHERE c.porteur_id = :cf AND c.statut <> 'BROUILLON'"
                        + " ORDER BY c.id DESC",
                new MapSqlParameterSource("cf", collectiviteFrancaiseId),
                (rs, i) -> new AuthorityActivity.Line(
                        rs.getString("intitule"),
                        rs.getString("appel") + " – "
                                + TranslationProvider.translate("appels.statut." + rs.getString("statut"), locale),
                        rs.getTimestamp("updated_at").toInstant(),
                        AppelsLinks.candidature(rs.getLong("id"))));
        return new AuthorityActivity(700, "appels.dashboard.activity", lines);
    }
}
