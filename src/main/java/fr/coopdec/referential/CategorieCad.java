package fr.coopdec.referential;

/**
 * A country's place on the OECD DAC list of ODA recipients. Labels: {@code referential.cad.<NAME>}.
 */
public enum CategorieCad {
    /** Least developed country (pays les moins avancés). */
    PMA,
    /** Other low-income country. */
    PFR,
    /** Lower-middle income (pays à revenu intermédiaire, tranche inférieure). */
    PRITI,
    /** Upper-middle income (tranche supérieure). */
    PRITS,
    /** Not an ODA recipient. */
    NON;

    public boolean isOdaRecipient() {
        return this != NON;
    }
}
