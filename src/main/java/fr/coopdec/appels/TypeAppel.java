package fr.coopdec.appels;

/**
 * The kinds of DAECT call. Labels: {@code appels.type.<NAME>}. Youth calls are managed in Jeunesse
 * (decision 0015): the kind exists so that the list shows them with the others, never for a new call here.
 */
public enum TypeAppel {
    ANNUEL(1),
    TRIENNAL(3),
    THEMATIQUE(0),
    JEUNESSE(0);

    /** How many years a call of this kind covers (0: as DAECT sets it). */
    private final int annees;

    TypeAppel(int annees) {
        this.annees = annees;
    }

    public int annees() {
        return annees;
    }

    /** The kinds DAECT opens in this module. */
    public static TypeAppel[] ouvrables() {
        return new TypeAppel[] {ANNUEL, TRIENNAL, THEMATIQUE};
    }
}
