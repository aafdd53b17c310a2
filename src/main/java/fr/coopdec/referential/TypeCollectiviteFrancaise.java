package fr.coopdec.referential;

/** Labels: {@code referential.collectivite.type.<NAME>}. */
public enum TypeCollectiviteFrancaise {
    REGION, DEPARTEMENT, EPCI, COMMUNE
}
