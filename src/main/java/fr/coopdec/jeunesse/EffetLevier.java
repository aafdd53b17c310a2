package fr.coopdec.jeunesse;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A youth call's grants and mobilities: planned, actual, and two leverage figures per €10,000 of
 * grant. The seed's figure: young volunteers hosted in France in reciprocity (each counted once);
 * next to it, every actual mobility, sent or hosted.
 */
public record EffetLevier(
        long appelId,
        String intitule,
        int annee,
        long projets,
        BigDecimal subventions,
        long mobilitesPrevues,
        long mobilitesRealisees,
        long volontairesAccueillis) {

    private static final BigDecimal DIX_MILLE = BigDecimal.valueOf(10_000);

    /** Null when the call granted nothing (no ratio to give). */
    public BigDecimal mobilitesPour10000() {
        return pour10000(mobilitesRealisees, subventions);
    }

    /** Hosted young volunteers in reciprocity per €10,000; null when the call granted nothing. */
    public BigDecimal accueillisPour10000() {
        return pour10000(volontairesAccueillis, subventions);
    }

    static BigDecimal pour10000(long count, BigDecimal euros) {
        if (euros == null || euros.signum() == 0) {
            return null;
        }
        return BigDecimal.valueOf(count).multiply(DIX_MILLE).divide(euros, 2, RoundingMode.HALF_UP);
    }
}
