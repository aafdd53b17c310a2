package fr.coopdec.atlas;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A project as the exports read it: plain values, co-financing amounts by source. */
public record ProjetExport(
        long id,
        long partenariatId,
        String titre,
        String description,
        StatutProjet statut,
        LocalDate dateDebut,
        LocalDate dateFin,
        BigDecimal budgetTotal,
        List<String> thematiqueCodes,
        Map<SourceFinancement, BigDecimal> cofinancements) {}
