package fr.coopdec.atlas;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Reads the partnerships of a search for the exports, a batch of ids at a time (keyset on the id, so
 * each batch is one indexed query and memory stays flat whatever the size of the result).
 */
@Service
public class AtlasExportQueries {

    public static final int BATCH_SIZE = 500;

    private final NamedParameterJdbcTemplate jdbc;

    AtlasExportQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Hands the ids of the matching partnerships, in id order, to the consumer in batches. */
    public void forEachBatch(PartenariatFilter filter, int batchSize, Consumer<List<Long>> consumer) {
        long after = 0;
        while (true) {
            PartenariatSql sql = new PartenariatSql(filter);
            sql.params.addValue("after", after).addValue("limit", batchSize);
            List<Long> ids = jdbc.queryForList(
                    "SELECT p.id FROM partenariat p WHERE " + sql.where
                            + " AND p.id > :after ORDER BY p.id LIMIT :limit",
                    sql.params,
                    Long.class);
            if (ids.isEmpty()) {
                return;
            }
            consumer.accept(ids);
            if (ids.size() < batchSize) {
                return;
            }
            after = ids.get(ids.size() - 1);
        }
    }

    /** How many projects the matching partnerships have. */
    public long countProjets(PartenariatFilter filter) {
        PartenariatSql sql = new PartenariatSql(filter);
        Long count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM projet pr JOIN partenariat p ON p.id = pr.partenariat_id" + " WHERE " + sql.where,
                sql.params,
                Long.class);
        return count == null ? 0 : count;
    }

    /** The projects of these partnerships, grouped by partnership (in start date order). */
    public Map<Long, List<ProjetExport>> projets(List<Long> partenariatIds) {
        Map<Long, List<ProjetExport>> byPartenariat = new LinkedHashMap<>();
        if (partenariatIds.isEmpty()) {
            return byPartenariat;
        }
        jdbc.query(
                """
                SELECT pr.id, pr.partenariat_id, pr.titre, pr.description, pr.statut, pr.date_debut, pr.date_fin,
                       pr.budget_total,
                       (SELECT GROUP_CONCAT(t.code ORDER BY t.code SEPARATOR '\\n')
                          FROM projet_thematique x JOIN thematique t ON t.id = x.thematique_id
                         WHERE x.projet_id = pr.id) AS themes,
                       (SELECT GROUP_CONCAT(CONCAT(c.source, '=', c.montant) ORDER BY c.source SEPARATOR '\\n')
                          FROM projet_cofinancement c WHERE c.projet_id = pr.id) AS cofinancements
                  FROM projet pr
                 WHERE pr.partenariat_id IN (:ids)
                 ORDER BY pr.partenariat_id, pr.date_debut IS NULL, pr.date_debut, pr.id
                """,
                new MapSqlParameterSource("ids", partenariatIds),
                rs -> {
                    ProjetExport projet = projet(rs);
                    byPartenariat
                            .computeIfAbsent(projet.partenariatId(), k -> new ArrayList<>())
                            .add(projet);
                });
        return byPartenariat;
    }

    /** For each partnership, its stored reporting organisation (see {@link Partenariat#getDeclarante()}). */
    public Map<Long, CollectiviteDeclarante> declarantes(List<Long> partenariatIds) {
        Map<Long, CollectiviteDeclarante> result = new LinkedHashMap<>();
        if (partenariatIds.isEmpty()) {
            return result;
        }
        jdbc.query(
                """
                SELECT p.id, p.declarante_id, p.iati_org_ref, c.nom
                  FROM partenariat p
                  JOIN collectivite_francaise c ON c.id = p.declarante_id
                 WHERE p.id IN (:ids)
                """,
                new MapSqlParameterSource("ids", partenariatIds),
                rs -> {
                    result.put(
                            rs.getLong(1), new CollectiviteDeclarante(rs.getLong(2), rs.getString(3), rs.getString(4)));
                });
        return result;
    }

    private static ProjetExport projet(ResultSet rs) throws SQLException {
        Map<SourceFinancement, BigDecimal> cofinancements = new EnumMap<>(SourceFinancement.class);
        String concatenated = rs.getString("cofinancements");
        if (concatenated != null) {
            for (String entry : concatenated.split("\n")) {
                int eq = entry.indexOf('=');
                cofinancements.put(
                        SourceFinancement.valueOf(entry.substring(0, eq)), new BigDecimal(entry.substring(eq + 1)));
            }
        }
        String themes = rs.getString("themes");
        return new ProjetExport(
                rs.getLong("id"),
                rs.getLong("partenariat_id"),
                rs.getString("titre"),
                rs.getString("description"),
                StatutProjet.valueOf(rs.getString("statut")),
                rs.getObject("date_debut", LocalDate.class),
                rs.getObject("date_fin", LocalDate.class),
                rs.getBigDecimal("budget_total"),
                themes == null ? List.of() : Arrays.asList(themes.split("\n")),
                cofinancements);
    }
}
