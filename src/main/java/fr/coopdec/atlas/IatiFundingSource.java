package fr.coopdec.atlas;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Funding recorded by another module for Atlas partnerships (a FICOL grant, say), exported as IATI
 * activities of their own beside the partnerships' projects. Modules implement it as a bean; the
 * Atlas export collects every such bean, so it depends on none of them.
 */
public interface IatiFundingSource {

    /** The funded activities of these partnerships (one SQL query per call, the export's batch). */
    List<FundedActivity> fundedActivities(Collection<Long> partenariatIds);

    /**
     * An activity funded by one organisation, with its money as IATI transactions.
     *
     * @param key           unique among the sources, part of the IATI identifier ({@code FICOL-12})
     * @param iatiStatus    IATI ActivityStatus code (2 implementation, 3 finalisation, 4 closed)
     * @param funderType    IATI OrganisationType code of the funder (15: other public sector, AFD)
     */
    record FundedActivity(long partenariatId, String key, String titre, String description, int iatiStatus,
                          LocalDate debut, LocalDate fin, Set<String> thematiqueCodes, String funderName,
                          String funderType, List<Transaction> transactions) {
    }

    /** An IATI transaction seen from the French authority: 11 incoming commitment, 1 incoming funds. */
    record Transaction(String type, LocalDate date, BigDecimal amount) {
    }
}
