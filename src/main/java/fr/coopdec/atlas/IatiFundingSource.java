package fr.coopdec.atlas;

import fr.coopdec.referential.Pays;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Funding recorded by another module for Atlas partnerships (a FICOL grant, say): part of the
 * partnership's public record (API, CSV, detail page) and exported as IATI activities of their own
 * beside the partnership's projects. Modules implement it as a bean; the Atlas collects every such
 * bean, so it depends on none of them.
 */
public interface IatiFundingSource {

    /**
     * The funded activities of these partnerships (one SQL query per call, the export's batch), with
     * only what has happened: a grant once decided, tranches paid on or before today.
     */
    List<FundedActivity> fundedActivities(Collection<Long> partenariatIds);

    /**
     * Why a project of the Atlas may not name this co-financing source in this country (a translation
     * key and its arguments), or empty when it may: the source's own rules decide (FICOL funds only
     * the DAC categories its rules list).
     */
    default Optional<String> refusedCofinancing(SourceFinancement source, Pays pays) {
        return Optional.empty();
    }

    /**
     * An activity funded by one organisation, with its money as IATI transactions.
     *
     * @param key            unique among the sources, part of the IATI identifier ({@code FICOL-12})
     * @param iatiStatus     IATI ActivityStatus code (2 implementation, 3 finalisation, 4 closed)
     * @param funderRef      IATI organisation identifier of the funder ({@code FR-3}: AFD), may be null
     * @param funderType     IATI OrganisationType code of the funder (10: government)
     * @param accountableId  id of the French authority accountable for it (its lead)
     * @param accountableRef IATI identifier of that authority, from the referential (the partnership's
     *                       stored identifier is published instead when it is the reporting authority)
     */
    record FundedActivity(
            long partenariatId,
            String key,
            String titre,
            String description,
            int iatiStatus,
            LocalDate debut,
            LocalDate fin,
            Set<String> thematiqueCodes,
            String funderName,
            String funderRef,
            String funderType,
            Long accountableId,
            String accountableRef,
            String accountableName,
            List<Transaction> transactions) {

        /** The amount granted (the incoming commitment), or zero. */
        public BigDecimal granted() {
            return sum("11");
        }

        /** The amount paid so far (incoming funds). */
        public BigDecimal paid() {
            return sum("1");
        }

        public List<Transaction> payments() {
            return transactions.stream().filter(t -> t.type().equals("1")).toList();
        }

        private BigDecimal sum(String type) {
            return transactions.stream()
                    .filter(t -> t.type().equals(type))
                    .map(Transaction::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** An IATI transaction seen from the French authority: 11 incoming commitment, 1 incoming funds. */
    record Transaction(String type, LocalDate date, BigDecimal amount) {}
}
