package fr.coopdec.appels;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of the list of applications. */
public record CandidatureResume(
        long id,
        long appelId,
        String appel,
        String intitule,
        String porteur,
        String paysNomFr,
        String paysNomEn,
        StatutCandidatureDaect statut,
        LocalDate dateDepot,
        BigDecimal montantDemande,
        BigDecimal montantAccorde) {}
