package fr.coopdec.atlas;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The grants other modules record for partnerships (FICOL), read through {@link IatiFundingSource}:
 * one source of truth for the API, the CSV, the detail page and the IATI export.
 */
@Service
public class FinancementsExternes {

    private final List<IatiFundingSource> sources;

    FinancementsExternes(List<IatiFundingSource> sources) {
        this.sources = sources;
    }

    public List<IatiFundingSource.FundedActivity> of(long partenariatId) {
        return of(List.of(partenariatId)).getOrDefault(partenariatId, List.of());
    }

    /** By partnership, for a batch of them (one query per source). */
    public Map<Long, List<IatiFundingSource.FundedActivity>> of(Collection<Long> partenariatIds) {
        return sources.stream()
                .flatMap(source -> source.fundedActivities(partenariatIds).stream())
                .collect(Collectors.groupingBy(IatiFundingSource.FundedActivity::partenariatId));
    }
}
