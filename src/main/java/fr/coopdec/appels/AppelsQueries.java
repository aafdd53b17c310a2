package fr.coopdec.appels;

import fr.coopdec.shared.security.CoopDecUser;
import fr.coopdec.shared.security.CurrentUser;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lists of calls and applications, one SQL query a page; applications within the user's scope. */
@Service
@Transactional(readOnly = true)
public class AppelsQueries {

    private static final String APPEL_COLUMNS = "SELECT a.id, a.intitule, a.type, a.annee_debut, a.annee_fin,"
            + " a.date_ouverture, a.date_cloture, a.budget, a.montant_engage,"
            + " (SELECT COUNT(*) FROM appels_candidature c WHERE c.appel_id = a.id AND c.statut <> 'BROUILLON') n"
            + " FROM appels_appel a";

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;

    AppelsQueries(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    /** Every call, the latest opened first. */
    @RolesAllowed({Roles.ADMIN, Roles.COLLECTIVITE, Roles.POSTE})
    public Page<AppelResume> appels(Pageable pageable) {
        MapSqlParameterSource params =
                new MapSqlParameterSource("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        List<AppelResume> rows = jdbc.query(
                APPEL_COLUMNS + " ORDER BY a.date_ouverture DESC, a.id DESC LIMIT :limit OFFSET :offset",
                params,
                AppelsQueries::appel);
        return new PageImpl<>(rows, pageable, countAppels());
    }

    @RolesAllowed({Roles.ADMIN, Roles.COLLECTIVITE, Roles.POSTE})
    public long countAppels() {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM appels_appel", new MapSqlParameterSource(), Long.class);
        return n == null ? 0 : n;
    }

    @RolesAllowed({Roles.ADMIN, Roles.COLLECTIVITE, Roles.POSTE})
    public AppelResume appel(long id) {
        return jdbc
                .query(APPEL_COLUMNS + " WHERE a.id = :id", new MapSqlParameterSource("id", id), AppelsQueries::appel)
                .stream()
                .findFirst()
                .orElseThrow(() -> new fr.coopdec.shared.BusinessException("appels.appel.introuvable"));
    }

    @RolesAllowed({Roles.ADMIN, Roles.COLLECTIVITE, Roles.POSTE})
    public Page<CandidatureResume> candidatures(CandidatureFilter filter, Pageable pageable) {
        MapSqlParameterSource params =
                params(filter).addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        List<CandidatureResume> rows = jdbc.query(
                "SELECT c.id, a.id appel_id, a.intitule appel, c.intitule, f.nom, p.nom_fr, p.nom_en, c.statut,"
                        + " c.date_depot, c.montant_demande, c.montant_accorde"
                        + " FROM appels_candidature c JOIN appels_appel a ON a.id = c.appel_id"
                        + " JOIN collectivite_francaise f ON f.id = c.porteur_id JOIN pays p ON p.id = c.pays_id"
                        + where(filter) + " ORDER BY c.id DESC LIMIT :limit OFFSET :offset",
                params,
                (rs, i) -> new CandidatureResume(
                        rs.getLong("id"),
                        rs.getLong("appel_id"),
                        rs.getString("appel"),
                        rs.getString("intitule"),
                        rs.getString("nom"),
                        rs.getString("nom_fr"),
                        rs.getString("nom_en"),
                        StatutCandidatureDaect.valueOf(rs.getString("statut")),
                        rs.getObject("date_depot", java.time.LocalDate.class),
                        rs.getBigDecimal("montant_demande"),
                        rs.getBigDecimal("montant_accorde")));
        return new PageImpl<>(rows, pageable, count(filter));
    }

    @RolesAllowed({Roles.ADMIN, Roles.COLLECTIVITE, Roles.POSTE})
    public long count(CandidatureFilter filter) {
        Long n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM appels_candidature c" + where(filter), params(filter), Long.class);
        return n == null ? 0 : n;
    }

    /** The scope first: DAECT all, an embassy post its country, an authority its own applications. */
    private String where(CandidatureFilter filter) {
        CoopDecUser user = currentUser.require();
        StringBuilder where = new StringBuilder(
                switch (user.getRole()) {
                    case ADMIN -> " WHERE 1 = 1";
                    case POSTE -> " WHERE c.pays_id = :scope";
                    case COLLECTIVITE -> " WHERE c.porteur_id = :scope";
                    default -> " WHERE 1 = 0";
                });
        if (!user.hasRole(fr.coopdec.shared.security.Role.COLLECTIVITE)) {
            // a draft is the authority's own business until it is submitted
            where.append(" AND c.statut <> 'BROUILLON'");
        }
        if (filter.appelId() != null) {
            where.append(" AND c.appel_id = :appel");
        }
        if (filter.statut() != null) {
            where.append(" AND c.statut = :statut");
        }
        return where.toString();
    }

    private MapSqlParameterSource params(CandidatureFilter filter) {
        CoopDecUser user = currentUser.require();
        Long scope =
                switch (user.getRole()) {
                    case POSTE -> user.getPaysId().orElse(-1L);
                    case COLLECTIVITE -> user.getCollectiviteFrancaiseId().orElse(-1L);
                    default -> null;
                };
        return new MapSqlParameterSource("scope", scope)
                .addValue("appel", filter.appelId())
                .addValue(
                        "statut",
                        filter.statut() == null ? null : filter.statut().name());
    }

    private static AppelResume appel(ResultSet rs, int i) throws SQLException {
        return new AppelResume(
                rs.getLong("id"),
                rs.getString("intitule"),
                TypeAppel.valueOf(rs.getString("type")),
                rs.getInt("annee_debut"),
                rs.getInt("annee_fin"),
                rs.getObject("date_ouverture", java.time.LocalDate.class),
                rs.getObject("date_cloture", java.time.LocalDate.class),
                rs.getBigDecimal("budget"),
                rs.getBigDecimal("montant_engage"),
                rs.getLong("n"));
    }
}
