package fr.coopdec.ficol;

/**
 * The eligibility rules whose values are data ({@link RegleEligibilite}). Labels:
 * {@code ficol.regle.<NAME>}.
 */
public enum CodeRegle {
    /** Comma-separated DAC categories ({@link fr.coopdec.referential.CategorieCad}) that are eligible. */
    CATEGORIES_CAD,
    /** Minimum FICOL grant, euros. */
    SUBVENTION_MIN,
    /** Maximum FICOL grant, euros. */
    SUBVENTION_MAX,
    /** Minimum own share of the authorities, percent of the budget. */
    PART_PROPRE_MIN,
    /** Days of grace after a final report's due date before it counts as overdue. */
    RAPPORT_FINAL_A_JOUR
}
