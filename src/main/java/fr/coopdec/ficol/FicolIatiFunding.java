package fr.coopdec.ficol;

import fr.coopdec.atlas.IatiFundingSource;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * FICOL grants in the Atlas's IATI export: each granted file is an activity of the partnership it
 * belongs to, AFD its funder, the committee's grant an incoming commitment (11) and each tranche paid
 * incoming funds (1), as the French authority — the reporting organisation — receives them.
 */
@Component
@Transactional(readOnly = true)
class FicolIatiFunding implements IatiFundingSource {

    private static final String GRANTED = "('ACCORDE', 'CONVENTION_SIGNEE', 'VERSEMENTS', 'RAPPORT_FINAL', 'CLOS')";

    private final NamedParameterJdbcTemplate jdbc;

    FicolIatiFunding(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<FundedActivity> fundedActivities(Collection<Long> partenariatIds) {
        if (partenariatIds.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("ids", partenariatIds);
        Map<Long, Set<String>> themes = new HashMap<>();
        jdbc.query("SELECT x.dossier_id, t.code FROM ficol_dossier_thematique x JOIN thematique t ON t.id = x.thematique_id"
                + " JOIN ficol_dossier d ON d.id = x.dossier_id WHERE d.partenariat_id IN (:ids)", params,
                rs -> { themes.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2)); });
        Map<Long, List<Transaction>> tranches = new HashMap<>();
        jdbc.query("SELECT t.dossier_id, t.date_versement, t.montant FROM ficol_tranche t JOIN ficol_dossier d"
                + " ON d.id = t.dossier_id WHERE d.partenariat_id IN (:ids) ORDER BY t.dossier_id, t.numero", params,
                rs -> { tranches.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Transaction("1", rs.getDate(2).toLocalDate(), rs.getBigDecimal(3))); });
        Map<Long, FundedActivity> activities = new LinkedHashMap<>();
        jdbc.query("SELECT d.id, d.partenariat_id, d.intitule, d.resultats_attendus, d.statut, d.date_comite,"
                + " d.date_signature, d.duree_mois, d.date_cloture, d.montant_accorde FROM ficol_dossier d"
                + " WHERE d.partenariat_id IN (:ids) AND d.montant_accorde IS NOT NULL AND d.statut IN " + GRANTED
                + " ORDER BY d.id", params, rs -> {
            long id = rs.getLong("id");
            LocalDate granted = date(rs.getDate("date_comite"), rs.getDate("date_signature"));
            LocalDate start = date(rs.getDate("date_signature"), rs.getDate("date_comite"));
            if (granted == null) {
                return; // no decision date recorded: nothing to date the commitment by
            }
            Integer months = rs.getObject("duree_mois", Integer.class);
            LocalDate end = rs.getDate("date_cloture") != null ? rs.getDate("date_cloture").toLocalDate()
                    : months == null ? null : start.plusMonths(months);
            List<Transaction> transactions = new ArrayList<>();
            transactions.add(new Transaction("11", granted, rs.getBigDecimal("montant_accorde")));
            transactions.addAll(tranches.getOrDefault(id, List.of()));
            activities.put(id, new FundedActivity(rs.getLong("partenariat_id"), "FICOL-" + id, rs.getString("intitule"),
                    rs.getString("resultats_attendus"), iatiStatus(rs.getString("statut")), start, end,
                    themes.getOrDefault(id, Set.of()), "Agence française de développement (FICOL)", "15", transactions));
        });
        return List.copyOf(activities.values());
    }

    private static int iatiStatus(String statut) {
        return switch (StatutDossier.valueOf(statut)) {
            case RAPPORT_FINAL -> 3;
            case CLOS -> 4;
            default -> 2;
        };
    }

    /** The first known date, or null. */
    private static LocalDate date(Date first, Date second) {
        return first != null ? first.toLocalDate() : second != null ? second.toLocalDate() : null;
    }
}
