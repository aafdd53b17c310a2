package fr.coopdec.jeunesse;

import fr.coopdec.atlas.AtlasQueries;
import fr.coopdec.atlas.PartenariatResume;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reciprocity figures: mobilities sent versus hosted, each aggregate one SQL GROUP BY over the
 * placements that took place (not the planned ones), within the user's scope. The leverage of the
 * youth calls and the public totals are here too.
 */
@Service
@Transactional(readOnly = true)
public class ReciprociteQueries {

    private static final String SUMS = "SUM(m.direction = 'ENVOI'), SUM(m.direction = 'ACCUEIL')";
    private static final String REALISEES = " m.statut <> 'PREVUE' ";

    private final NamedParameterJdbcTemplate jdbc;
    private final JeunesseScope scope;
    private final AtlasQueries atlas;

    ReciprociteQueries(NamedParameterJdbcTemplate jdbc, JeunesseScope scope, AtlasQueries atlas) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.atlas = atlas;
    }

    /** Per year of departure, oldest first; for one partnership when {@code partenariatId} is set. */
    @RolesAllowed({Roles.ADMIN, Roles.VOLONTARIAT, Roles.COLLECTIVITE, Roles.POSTE})
    public List<LigneReciprocite> parAnnee(Long partenariatId) {
        MapSqlParameterSource params = params();
        String extra = "";
        if (partenariatId != null) {
            extra = " AND m.partenariat_id = :partenariat";
            params.addValue("partenariat", partenariatId);
        }
        return jdbc.query(
                "SELECT YEAR(m.date_debut), " + SUMS + " FROM jeunesse_mission m WHERE" + REALISEES + "AND "
                        + Perimetre.SQL + extra + " GROUP BY YEAR(m.date_debut) ORDER BY YEAR(m.date_debut)",
                params,
                (rs, i) -> new LigneReciprocite(rs.getString(1), rs.getString(1), rs.getLong(2), rs.getLong(3)));
    }

    /** Per partner country, the most mobilities first. */
    @RolesAllowed({Roles.ADMIN, Roles.VOLONTARIAT, Roles.COLLECTIVITE, Roles.POSTE})
    public List<LigneReciprocite> parPays() {
        return jdbc.query(
                "SELECT py.code_alpha2, py.nom_fr, " + SUMS + " FROM jeunesse_mission m"
                        + " JOIN pays py ON py.id = m.pays_id WHERE" + REALISEES + "AND " + Perimetre.SQL
                        + " GROUP BY py.id, py.code_alpha2, py.nom_fr ORDER BY COUNT(*) DESC, py.nom_fr",
                params(),
                (rs, i) -> new LigneReciprocite(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
    }

    /** Per Atlas partnership (named through the Atlas), the {@code limit} with most mobilities. */
    @RolesAllowed({Roles.ADMIN, Roles.VOLONTARIAT, Roles.COLLECTIVITE, Roles.POSTE})
    public List<LigneReciprocite> parPartenariat(int limit) {
        List<LigneReciprocite> lignes = jdbc.query(
                "SELECT m.partenariat_id, " + SUMS + " FROM jeunesse_mission m"
                        + " WHERE m.partenariat_id IS NOT NULL AND" + REALISEES + "AND " + Perimetre.SQL
                        + " GROUP BY m.partenariat_id ORDER BY COUNT(*) DESC, m.partenariat_id LIMIT :limit",
                params().addValue("limit", limit),
                (rs, i) -> new LigneReciprocite(rs.getString(1), null, rs.getLong(2), rs.getLong(3)));
        Map<Long, String> noms =
                intitules(lignes.stream().map(l -> Long.valueOf(l.cle())).toList());
        return lignes.stream()
                .map(l -> new LigneReciprocite(
                        l.cle(), noms.getOrDefault(Long.valueOf(l.cle()), l.cle()), l.envoyes(), l.accueillis()))
                .toList();
    }

    /** The title of an Atlas partnership, if it exists. */
    public String intitulePartenariat(long id) {
        return intitules(List.of(id)).get(id);
    }

    private Map<Long, String> intitules(List<Long> ids) {
        return new HashMap<>(atlas.resumes(ids).stream()
                .collect(Collectors.toMap(PartenariatResume::id, PartenariatResume::intitule)));
    }

    /**
     * Per youth call: grants, planned and actual mobilities, and the young volunteers hosted in France
     * in reciprocity (the seed's leverage); ratios per €10,000 of grant in {@link EffetLevier}.
     */
    @RolesAllowed({Roles.ADMIN, Roles.VOLONTARIAT})
    public List<EffetLevier> levier() {
        return jdbc.query(
                """
                SELECT a.id, a.intitule, a.annee, COUNT(p.id), COALESCE(SUM(p.subvention), 0),
                       COALESCE(SUM(p.mobilites_prevues), 0),
                       (SELECT COUNT(*) FROM jeunesse_mission m JOIN jeunesse_projet p2 ON p2.id = m.projet_id
                         WHERE p2.appel_id = a.id AND m.statut <> 'PREVUE'),
                       (SELECT COUNT(DISTINCT m.volontaire_id) FROM jeunesse_mission m JOIN jeunesse_projet p3 ON p3.id = m.projet_id
                         WHERE p3.appel_id = a.id AND m.statut <> 'PREVUE' AND m.direction = 'ACCUEIL')
                  FROM jeunesse_appel a LEFT JOIN jeunesse_projet p ON p.appel_id = a.id
                 GROUP BY a.id, a.intitule, a.annee ORDER BY a.annee DESC, a.id DESC
                """,
                new MapSqlParameterSource(),
                (rs, i) -> new EffetLevier(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getLong(4),
                        rs.getBigDecimal(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getLong(8)));
    }

    /** The leverage of all youth calls together (anonymous totals, for the public page). */
    public LevierPublic levierPublic() {
        return jdbc.queryForObject(
                """
                SELECT (SELECT COALESCE(SUM(p.subvention), 0) FROM jeunesse_projet p),
                       (SELECT COUNT(*) FROM jeunesse_mission m WHERE m.projet_id IS NOT NULL AND m.statut <> 'PREVUE'),
                       (SELECT COUNT(DISTINCT m.volontaire_id) FROM jeunesse_mission m
                         WHERE m.projet_id IS NOT NULL AND m.statut <> 'PREVUE' AND m.direction = 'ACCUEIL')
                """,
                new MapSqlParameterSource(),
                (rs, i) -> new LevierPublic(rs.getBigDecimal(1), rs.getLong(2), rs.getLong(3)));
    }

    /** The projects of a call: planned versus actual mobilities. */
    @RolesAllowed({Roles.ADMIN, Roles.VOLONTARIAT})
    public List<SuiviProjet> projets(long appelId) {
        return jdbc.query(
                """
                SELECT p.id, p.intitule, c.nom, p.subvention, p.mobilites_prevues,
                       SUM(CASE WHEN m.statut <> 'PREVUE' THEN 1 ELSE 0 END)
                  FROM jeunesse_projet p LEFT JOIN collectivite_francaise c ON c.id = p.porteur_id
                  LEFT JOIN jeunesse_mission m ON m.projet_id = p.id
                 WHERE p.appel_id = :appel
                 GROUP BY p.id, p.intitule, c.nom, p.subvention, p.mobilites_prevues ORDER BY p.intitule, p.id
                """,
                new MapSqlParameterSource("appel", appelId),
                (rs, i) -> new SuiviProjet(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBigDecimal(4),
                        rs.getInt(5),
                        rs.getLong(6)));
    }

    /** Anonymous totals for the public: mobilities per year, sent and hosted, over all placements. */
    public List<LigneReciprocite> totauxPublics() {
        return jdbc.query(
                "SELECT YEAR(m.date_debut), " + SUMS + " FROM jeunesse_mission m WHERE" + REALISEES
                        + "GROUP BY YEAR(m.date_debut) ORDER BY YEAR(m.date_debut)",
                new MapSqlParameterSource(),
                (rs, i) -> new LigneReciprocite(rs.getString(1), rs.getString(1), rs.getLong(2), rs.getLong(3)));
    }

    /** Anonymous count of partner countries, for the public page. */
    public long paysPublics() {
        Long n = jdbc.queryForObject(
                "SELECT COUNT(DISTINCT m.pays_id) FROM jeunesse_mission m WHERE" + REALISEES,
                new MapSqlParameterSource(),
                Long.class);
        return n == null ? 0 : n;
    }

    private MapSqlParameterSource params() {
        return new MapSqlParameterSource(scope.perimetre().params());
    }
}
