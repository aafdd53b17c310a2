package fr.coopdec.ficol;

/** Where a FICOL file stands. Labels: {@code ficol.statut.<NAME>}. */
public enum StatutDossier {
    BROUILLON,
    DEPOSE,
    ELIGIBILITE,
    INSTRUCTION,
    COMITE,
    ACCORDE,
    CONVENTION_SIGNEE,
    VERSEMENTS,
    RAPPORT_FINAL,
    CLOS,
    INELIGIBLE,
    REFUSE;

    /** Once the committee granted an amount: the amount is a commitment. */
    public boolean isEngage() {
        return this == ACCORDE
                || this == CONVENTION_SIGNEE
                || this == VERSEMENTS
                || this == RAPPORT_FINAL
                || this == CLOS;
    }
}
