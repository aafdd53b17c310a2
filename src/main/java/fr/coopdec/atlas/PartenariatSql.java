package fr.coopdec.atlas;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Turns a {@link PartenariatFilter} into one SQL WHERE clause over {@code partenariat p}, so that the
 * list, the count, every chart aggregate and every export select exactly the same partnerships.
 */
final class PartenariatSql {

    private static final Pattern NOT_A_WORD_CHAR = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** The WHERE clause of an empty filter; it names no table, so it fits any FROM. */
    static final String NO_FILTER = "1 = 1";

    final String where;
    final MapSqlParameterSource params = new MapSqlParameterSource();

    PartenariatSql(PartenariatFilter filter) {
        List<String> clauses = new ArrayList<>();
        if (!filter.paysCodes().isEmpty()) {
            clauses.add("p.pays_id IN (SELECT id FROM pays WHERE code_alpha2 IN (:paysCodes))");
            params.addValue("paysCodes", filter.paysCodes());
        }
        if (filter.zone() != null) {
            clauses.add("p.pays_id IN (SELECT id FROM pays WHERE zone = :zone)");
            params.addValue("zone", filter.zone().name());
        }
        if (filter.collectiviteFrancaiseId() != null) {
            clauses.add("EXISTS (SELECT 1 FROM partenariat_collectivite_francaise x WHERE x.partenariat_id = p.id"
                    + " AND x.collectivite_francaise_id = :cf)");
            params.addValue("cf", filter.collectiviteFrancaiseId());
        }
        if (filter.collectivitePartenaireId() != null) {
            clauses.add("EXISTS (SELECT 1 FROM partenariat_collectivite_partenaire x WHERE x.partenariat_id = p.id"
                    + " AND x.collectivite_partenaire_id = :cp)");
            params.addValue("cp", filter.collectivitePartenaireId());
        }
        if (filter.regionCode() != null) {
            clauses.add(inside("region_code", "REGION", "region"));
            params.addValue("region", filter.regionCode());
        }
        if (filter.departementCode() != null) {
            clauses.add(inside("departement_code", "DEPARTEMENT", "departement"));
            params.addValue("departement", filter.departementCode());
        }
        if (!filter.thematiqueCodes().isEmpty()) {
            clauses.add("EXISTS (SELECT 1 FROM partenariat_thematique x JOIN thematique t ON t.id = x.thematique_id"
                    + " WHERE x.partenariat_id = p.id AND t.code IN (:themes))");
            params.addValue("themes", filter.thematiqueCodes());
        }
        if (filter.statut() != null) {
            clauses.add("p.statut = :statut");
            params.addValue("statut", filter.statut().name());
        }
        if (filter.nature() != null) {
            clauses.add("p.nature = :nature");
            params.addValue("nature", filter.nature().name());
        }
        if (filter.anneeMin() != null) {
            clauses.add("p.annee_debut >= :anneeMin");
            params.addValue("anneeMin", filter.anneeMin());
        }
        if (filter.anneeMax() != null) {
            clauses.add("p.annee_debut <= :anneeMax");
            params.addValue("anneeMax", filter.anneeMax());
        }
        String booleanQuery = filter.texte() == null ? null : booleanModeQuery(filter.texte());
        if (booleanQuery != null) {
            // one index over the partnership and its projects' text (see PartenariatSearchText)
            clauses.add("MATCH(p.intitule, p.description, p.texte_projets) AGAINST (:texte IN BOOLEAN MODE)");
            params.addValue("texte", booleanQuery);
        }
        where = clauses.isEmpty() ? NO_FILTER : String.join(" AND ", clauses);
    }

    /** A count that needs only the authority links, and its parameters. */
    record LinkCount(String sql, MapSqlParameterSource params) {}

    /**
     * The count of a search by one French authority, région or département alone, read from the link
     * table without visiting the partnerships: every link belongs to a partnership, and joining 14,000
     * matches back to their rows took three quarters of a région search's first page
     * (bench/atlas.sh, 100,000 partnerships: 42 ms against 10 ms). Null for any other filter.
     */
    static LinkCount linkCount(PartenariatFilter filter) {
        PartenariatFilter.Builder alone = PartenariatFilter.builder();
        String condition;
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (filter.regionCode() != null) {
            alone.region(filter.regionCode());
            condition = "(c.region_code = :code OR (c.type = 'REGION' AND c.code = :code))";
            params.addValue("code", filter.regionCode());
        } else if (filter.departementCode() != null) {
            alone.departement(filter.departementCode());
            condition = "(c.departement_code = :code OR (c.type = 'DEPARTEMENT' AND c.code = :code))";
            params.addValue("code", filter.departementCode());
        } else if (filter.collectiviteFrancaiseId() != null) {
            alone.collectiviteFrancaise(filter.collectiviteFrancaiseId());
            condition = "c.id = :cf";
            params.addValue("cf", filter.collectiviteFrancaiseId());
        } else {
            return null;
        }
        if (!alone.build().equals(filter)) {
            return null;
        }
        return new LinkCount(
                "SELECT COUNT(DISTINCT x.partenariat_id) FROM partenariat_collectivite_francaise x"
                        + " JOIN collectivite_francaise c ON c.id = x.collectivite_francaise_id WHERE " + condition,
                params);
    }

    /** Partnerships of an authority of that région/département, or of the région/département itself. */
    private static String inside(String parentColumn, String type, String param) {
        return "EXISTS (SELECT 1 FROM partenariat_collectivite_francaise x"
                + " JOIN collectivite_francaise c ON c.id = x.collectivite_francaise_id"
                + " WHERE x.partenariat_id = p.id AND (c." + parentColumn + " = :" + param
                + " OR (c.type = '" + type + "' AND c.code = :" + param + ")))";
    }

    /**
     * Every word the user typed must appear, as a prefix ("assain" finds "assainissement"). Boolean
     * operators typed by users are dropped; words shorter than the index's minimum length are skipped.
     */
    static String booleanModeQuery(String text) {
        StringBuilder query = new StringBuilder();
        for (String word : NOT_A_WORD_CHAR.split(text.toLowerCase(Locale.ROOT))) {
            if (word.length() >= 3) {
                query.append(query.isEmpty() ? "" : " ")
                        .append('+')
                        .append(word)
                        .append('*');
            }
        }
        return query.isEmpty() ? null : query.toString();
    }
}
