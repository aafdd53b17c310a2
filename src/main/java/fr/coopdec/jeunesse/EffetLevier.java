package fr.coopdec.jeunesse;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A youth call's grants and mobilities: planned, actual, and actual mobilities per €10,000 of grant. */
public record EffetLevier(long appelId, String intitule, int annee, long projets, BigDecimal subventions,
                          long mobilitesPrevues, long mobilitesRealisees) {

    private static final BigDecimal DIX_MILLE = BigDecimal.valueOf(10_000);

    /** Null when the call granted nothing (no ratio to give). */
    public BigDecimal mobilitesPour10000() {
        if (subventions == null || subventions.signum() == 0) {
            return null;
        }
        return BigDecimal.valueOf(mobilitesRealisees).multiply(DIX_MILLE).divide(subventions, 2, RoundingMode.HALF_UP);
    }
}
