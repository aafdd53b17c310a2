package fr.coopdec.appels;

import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * DAECT instructs applications and decides. Each action names the version of the application the
 * instructor was looking at: if someone changed it since, the action is refused with who and when
 * (optimistic locking, explained). A grant locks the call's row, so that concurrent grants of one call
 * queue there and the envelope is checked against the latest amount granted (decision 0015).
 */
@Service
public class DecisionDaectService {

    private static final DateTimeFormatter QUAND = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final CandidatureDaectRepository repository;
    private final CandidatureDaectService candidatures;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    DecisionDaectService(
            CandidatureDaectRepository repository,
            CandidatureDaectService candidatures,
            NamedParameterJdbcTemplate jdbc,
            Clock clock) {
        this.repository = repository;
        this.candidatures = candidatures;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Opens the instruction of a submitted application (or updates the opinion while it lasts). */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public CandidatureDaect instruire(long id, long version, String avis) {
        Verrou verrou = verrouiller(id, version);
        if (verrou.statut() != StatutCandidatureDaect.DEPOSEE
                && verrou.statut() != StatutCandidatureDaect.EN_INSTRUCTION) {
            throw new BusinessException("appels.instruction.statut");
        }
        CandidatureDaect candidature = candidatures.charger(id);
        candidature.instruire(avis == null || avis.isBlank() ? null : avis.strip());
        repository.saveAndFlush(candidature);
        return candidatures.charger(id);
    }

    /**
     * Grants {@code montant} euros. The application's row, then its call's row, are locked (always in
     * that order, so two decisions cannot deadlock); the amount must fit in what is left of the envelope,
     * which the same transaction then increases. A CHECK constraint on the call backs the rule up.
     */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public CandidatureDaect accorder(long id, long version, BigDecimal montant, String motif) {
        Verrou verrou = verrouiller(id, version);
        exigerEnInstruction(verrou);
        Enveloppe enveloppe = jdbc.queryForObject(
                "SELECT budget, montant_engage FROM appels_appel WHERE id = :id FOR UPDATE",
                new MapSqlParameterSource("id", verrou.appelId()),
                (rs, i) -> new Enveloppe(rs.getBigDecimal(1), rs.getBigDecimal(2)));
        CandidatureDaect candidature = candidatures.charger(id);
        AppelsRules.verifierMontant(montant, candidature.getMontantDemande(), enveloppe.budget(), enveloppe.engage());
        jdbc.update(
                "UPDATE appels_appel SET montant_engage = montant_engage + :montant WHERE id = :id",
                new MapSqlParameterSource("id", verrou.appelId()).addValue("montant", montant));
        candidature.accorder(montant, LocalDate.now(clock), blankToNull(motif));
        repository.saveAndFlush(candidature);
        return candidatures.charger(id);
    }

    /** Refuses an application under instruction; the reason is required (the authority reads it). */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public CandidatureDaect refuser(long id, long version, String motif) {
        if (motif == null || motif.isBlank()) {
            throw new BusinessException("appels.decision.motif-requis");
        }
        Verrou verrou = verrouiller(id, version);
        exigerEnInstruction(verrou);
        CandidatureDaect candidature = candidatures.charger(id);
        candidature.refuser(LocalDate.now(clock), motif.strip());
        repository.saveAndFlush(candidature);
        return candidatures.charger(id);
    }

    private record Verrou(long appelId, long version, StatutCandidatureDaect statut) {}

    private record Enveloppe(BigDecimal budget, BigDecimal engage) {}

    /**
     * Locks the application's row and reads its latest state (a locking read sees the last commit, not
     * the transaction's snapshot); refuses if it moved on since the instructor read version {@code vue}.
     */
    private Verrou verrouiller(long id, long vue) {
        List<Object[]> rows = jdbc.query(
                "SELECT appel_id, version, statut, updated_by, updated_at FROM appels_candidature WHERE id = :id FOR UPDATE",
                new MapSqlParameterSource("id", id),
                (rs, i) ->
                        new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5)
                        });
        if (rows.isEmpty()) {
            throw new BusinessException("appels.candidature.introuvable");
        }
        Object[] row = rows.get(0);
        if ((long) row[1] != vue) {
            String quand = ((Timestamp) row[4])
                    .toInstant()
                    .atZone(ZoneId.of("Europe/Paris"))
                    .format(QUAND);
            throw new BusinessException("appels.decision.conflit", row[3] == null ? "?" : row[3], quand);
        }
        return new Verrou((long) row[0], (long) row[1], StatutCandidatureDaect.valueOf((String) row[2]));
    }

    private static void exigerEnInstruction(Verrou verrou) {
        if (verrou.statut() != StatutCandidatureDaect.EN_INSTRUCTION) {
            throw new BusinessException(
                    verrou.statut().isDecidee() ? "appels.decision.deja-decidee" : "appels.decision.non-instruite");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
