package fr.coopdec.atlas;

import fr.coopdec.shared.security.CoopDecUser;
import fr.coopdec.shared.security.CurrentUser;
import fr.coopdec.shared.security.Role;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partnerships nobody has updated for two years, the Atlas users' main complaint. DAECT sees them all,
 * an embassy post those of its country. One SQL query per page (plus the count); times are stored in
 * UTC (see hibernate.jdbc.time_zone), so they are compared and read as UTC here.
 */
@Service
@Transactional(readOnly = true)
public class FraicheurService {

    static final int STALE_AFTER_YEARS = 2;

    private static final Map<String, String> SORTS = Map.of(
            "intitule", "p.intitule",
            "derniereMiseAJour", "p.derniere_mise_a_jour",
            "derniereRelance", "derniere_relance");

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    FraicheurService(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @RolesAllowed({Roles.ADMIN, Roles.POSTE})
    public Page<PartenariatPerime> find(Pageable pageable) {
        MapSqlParameterSource params = params();
        String sql =
                """
                SELECT p.id, p.intitule, p.derniere_mise_a_jour, py.nom_fr, py.nom_en,
                       (SELECT GROUP_CONCAT(c.nom ORDER BY c.nom SEPARATOR ', ')
                          FROM partenariat_collectivite_francaise x
                          JOIN collectivite_francaise c ON c.id = x.collectivite_francaise_id
                         WHERE x.partenariat_id = p.id) AS collectivites,
                       (SELECT MAX(r.sent_at) FROM atlas_relance r WHERE r.partenariat_id = p.id) AS derniere_relance
                  FROM partenariat p JOIN pays py ON py.id = p.pays_id
                 WHERE"""
                        + where() + " ORDER BY " + orderBy(pageable.getSort());
        if (pageable.isPaged()) {
            sql += " LIMIT :limit OFFSET :offset";
            params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        }
        List<PartenariatPerime> content = jdbc.query(sql, params, (rs, i) -> line(rs));
        return new PageImpl<>(content, pageable, pageable.isPaged() ? count() : content.size());
    }

    @RolesAllowed({Roles.ADMIN, Roles.POSTE})
    public long count() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM partenariat p WHERE" + where(), params(), Long.class);
        return count == null ? 0 : count;
    }

    /** Stale, and for an embassy post in its country (a post without a country sees nothing). */
    private String where() {
        CoopDecUser user = currentUser.require();
        return " p.derniere_mise_a_jour < :cutoff" + (user.hasRole(Role.ADMIN) ? "" : " AND p.pays_id = :pays");
    }

    private MapSqlParameterSource params() {
        CoopDecUser user = currentUser.require();
        LocalDateTime cutoff = LocalDateTime.now(clock.withZone(ZoneOffset.UTC)).minusYears(STALE_AFTER_YEARS);
        return new MapSqlParameterSource("cutoff", cutoff)
                .addValue("pays", user.getPaysId().orElse(-1L));
    }

    static String orderBy(Sort sort) {
        String order = sort.stream()
                .filter(o -> SORTS.containsKey(o.getProperty()))
                .map(o -> SORTS.get(o.getProperty()) + (o.isAscending() ? " ASC" : " DESC"))
                .collect(Collectors.joining(", "));
        return (order.isEmpty() ? "p.derniere_mise_a_jour ASC" : order) + ", p.id ASC";
    }

    private static PartenariatPerime line(ResultSet rs) throws SQLException {
        return new PartenariatPerime(
                rs.getLong("id"),
                rs.getString("intitule"),
                rs.getString("nom_fr"),
                rs.getString("nom_en"),
                rs.getString("collectivites"),
                utc(rs, "derniere_mise_a_jour"),
                utc(rs, "derniere_relance"));
    }

    private static Instant utc(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
