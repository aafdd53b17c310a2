package fr.coopdec.referential;

/** Level of a foreign local authority. Labels: {@code referential.partenaire.niveau.<NAME>}. */
public enum NiveauCollectivitePartenaire {
    REGION,
    PROVINCE,
    DEPARTEMENT,
    COMMUNE,
    INTERCOMMUNALITE,
    AUTRE
}
