package fr.coopdec.ficol;

import fr.coopdec.atlas.IatiFundingSource;
import fr.coopdec.atlas.IatiIdentifiers;
import fr.coopdec.atlas.SourceFinancement;
import fr.coopdec.referential.Pays;
import fr.coopdec.referential.TypeCollectiviteFrancaise;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * FICOL grants in the Atlas's public record and IATI export: each granted file is an activity of the
 * partnership it belongs to, AFD its funder, its lead authority accountable, the committee's grant an
 * incoming commitment (11) and each tranche paid incoming funds (1). Amounts follow {@link FicolMontants}:
 * granted files (closed ones included), tranches paid on or before today.
 */
@Component
@Transactional(readOnly = true)
class FicolIatiFunding implements IatiFundingSource {

    static final String AFD = "Agence française de développement (FICOL)";

    private final NamedParameterJdbcTemplate jdbc;
    private final RegleService regles;
    private final Clock clock;

    FicolIatiFunding(NamedParameterJdbcTemplate jdbc, RegleService regles, Clock clock) {
        this.jdbc = jdbc;
        this.regles = regles;
        this.clock = clock;
    }

    /** An AFD (FICOL) co-financing only where the FICOL rules in force fund the country's DAC category. */
    @Override
    public Optional<String> refusedCofinancing(SourceFinancement source, Pays pays) {
        if (source != SourceFinancement.AFD_FICOL) {
            return Optional.empty();
        }
        return regles.categories(LocalDate.now(clock))
                .filter(eligibles -> !eligibles.contains(pays.getCategorieCad()))
                .map(eligibles -> "atlas.rule.ficol-pays");
    }

    @Override
    public List<FundedActivity> fundedActivities(Collection<Long> partenariatIds) {
        if (partenariatIds.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        MapSqlParameterSource params = new MapSqlParameterSource("ids", partenariatIds).addValue("today", today);
        Map<Long, Set<String>> themes = new HashMap<>();
        jdbc.query(
                "SELECT x.dossier_id, t.code FROM ficol_dossier_thematique x JOIN thematique t ON t.id = x.thematique_id"
                        + " JOIN ficol_dossier d ON d.id = x.dossier_id WHERE d.partenariat_id IN (:ids)",
                params,
                rs -> {
                    themes.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2));
                });
        Map<Long, List<Transaction>> tranches = new HashMap<>();
        jdbc.query(
                "SELECT t.dossier_id, t.date_versement, t.montant FROM ficol_tranche t JOIN ficol_dossier d"
                        + " ON d.id = t.dossier_id WHERE d.partenariat_id IN (:ids) AND t.date_versement <= :today"
                        + " ORDER BY t.dossier_id, t.numero",
                params,
                rs -> {
                    tranches.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Transaction("1", rs.getDate(2).toLocalDate(), rs.getBigDecimal(3)));
                });
        Map<Long, FundedActivity> activities = new LinkedHashMap<>();
        jdbc.query(
                "SELECT d.id, d.partenariat_id, d.intitule, d.resultats_attendus, d.statut, d.date_comite,"
                        + " d.date_signature, d.duree_mois, d.date_cloture, d.montant_accorde, c.id AS chef_id, c.type, c.code, c.siren, c.nom"
                        + " FROM ficol_dossier d JOIN collectivite_francaise c ON c.id = d.chef_de_file_id"
                        + " WHERE d.partenariat_id IN (:ids) AND d.montant_accorde IS NOT NULL AND d.statut IN "
                        + FicolMontants.GRANTED_STATUSES + " AND d.date_comite <= :today ORDER BY d.id",
                params,
                rs -> {
                    long id = rs.getLong("id");
                    LocalDate granted = rs.getDate("date_comite").toLocalDate();
                    LocalDate start = date(rs.getDate("date_signature"), granted);
                    Integer months = rs.getObject("duree_mois", Integer.class);
                    LocalDate end = rs.getDate("date_cloture") != null
                            ? rs.getDate("date_cloture").toLocalDate()
                            : months == null ? null : start.plusMonths(months);
                    List<Transaction> transactions = new ArrayList<>();
                    transactions.add(new Transaction("11", granted, rs.getBigDecimal("montant_accorde")));
                    transactions.addAll(tranches.getOrDefault(id, List.of()));
                    String lead = IatiIdentifiers.organisationRef(
                            TypeCollectiviteFrancaise.valueOf(rs.getString("type")),
                            rs.getString("code"),
                            rs.getString("siren"));
                    activities.put(
                            id,
                            new FundedActivity(
                                    rs.getLong("partenariat_id"),
                                    "FICOL-" + id,
                                    rs.getString("intitule"),
                                    rs.getString("resultats_attendus"),
                                    iatiStatus(rs.getString("statut")),
                                    start,
                                    end,
                                    themes.getOrDefault(id, Set.of()),
                                    AFD,
                                    "FR-3",
                                    "10",
                                    rs.getLong("chef_id"),
                                    lead,
                                    rs.getString("nom"),
                                    transactions));
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

    private static LocalDate date(Date first, LocalDate otherwise) {
        return first != null ? first.toLocalDate() : otherwise;
    }
}
