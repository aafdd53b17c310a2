package fr.coopdec.appels;

import fr.coopdec.atlas.IatiFundingSource;
import fr.coopdec.atlas.IatiIdentifiers;
import fr.coopdec.referential.TypeCollectiviteFrancaise;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * DAECT grants in the partnership's Atlas record (API, detail page, IATI export): each granted
 * application is an activity of its partnership, the ministry (DAECT) its funder, the porteur
 * accountable, the grant an incoming commitment (11) dated on the decision — never in the future. It
 * runs from the decision to the end of the last year of its plan.
 */
@Component
@Transactional(readOnly = true)
class AppelsIatiFunding implements IatiFundingSource {

    static final String DAECT = "Ministère de l’Europe et des Affaires étrangères (DAECT)";
    /** The ministry's identifier in the IATI registry. */
    static final String DAECT_REF = "FR-6";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    AppelsIatiFunding(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<FundedActivity> fundedActivities(Collection<Long> partenariatIds) {
        if (partenariatIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                "SELECT c.id, c.partenariat_id, c.porteur_id, c.intitule, c.description, c.date_decision, c.montant_accorde,"
                        + " a.intitule appel, t.code theme, f.type, f.code, f.siren, f.nom,"
                        + " (SELECT MAX(l.annee) FROM appels_ligne l WHERE l.candidature_id = c.id) derniere"
                        + " FROM appels_candidature c JOIN appels_appel a ON a.id = c.appel_id"
                        + " LEFT JOIN thematique t ON t.id = a.thematique_id"
                        + " JOIN collectivite_francaise f ON f.id = c.porteur_id"
                        + " WHERE c.partenariat_id IN (:ids) AND c.statut = 'ACCORDEE' AND c.date_decision <= :today"
                        + " ORDER BY c.id",
                new MapSqlParameterSource("ids", partenariatIds).addValue("today", LocalDate.now(clock)),
                (rs, i) -> {
                    LocalDate decision = rs.getObject("date_decision", LocalDate.class);
                    Integer derniere = rs.getObject("derniere", Integer.class);
                    String theme = rs.getString("theme");
                    String description = rs.getString("description");
                    return new FundedActivity(
                            rs.getLong("partenariat_id"),
                            "DAECT-" + rs.getLong("id"),
                            rs.getString("intitule"),
                            description == null || description.isBlank()
                                    ? rs.getString("intitule") + " – " + rs.getString("appel")
                                    : description,
                            2,
                            decision,
                            derniere == null ? null : LocalDate.of(derniere, 12, 31),
                            theme == null ? Set.of() : Set.of(theme),
                            DAECT,
                            DAECT_REF,
                            "10",
                            rs.getLong("porteur_id"),
                            IatiIdentifiers.organisationRef(
                                    TypeCollectiviteFrancaise.valueOf(rs.getString("type")),
                                    rs.getString("code"),
                                    rs.getString("siren")),
                            rs.getString("nom"),
                            List.of(new Transaction("11", decision, rs.getBigDecimal("montant_accorde"))));
                });
    }
}
