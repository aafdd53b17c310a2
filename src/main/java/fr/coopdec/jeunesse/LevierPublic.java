package fr.coopdec.jeunesse;

import java.math.BigDecimal;

/**
 * The leverage of all youth calls together, for the public page: grants, actual mobilities of the
 * funded projects, and the young volunteers they hosted in France in reciprocity (each counted once).
 */
public record LevierPublic(BigDecimal subventions, long mobilitesRealisees, long volontairesAccueillis) {

    /** The seed's figure: hosted young volunteers in reciprocity per €10,000 of youth call; null without grants. */
    public BigDecimal accueillisPour10000() {
        return EffetLevier.pour10000(volontairesAccueillis, subventions);
    }

    /** Every actual mobility (sent or hosted) per €10,000 of youth call; null without grants. */
    public BigDecimal mobilitesPour10000() {
        return EffetLevier.pour10000(mobilitesRealisees, subventions);
    }
}
