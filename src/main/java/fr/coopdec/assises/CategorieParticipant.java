package fr.coopdec.assises;

/** Category of a participant's organisation. Labels: {@code assises.categorie.<NAME>}. */
public enum CategorieParticipant {
    COLLECTIVITE_FRANCAISE,
    COLLECTIVITE_PARTENAIRE,
    ASSOCIATION_COLLECTIVITES,
    AFD,
    SOCIETE_CIVILE,
    UNION_EUROPEENNE,
    ETAT_AMBASSADE,
    SECTEUR_PRIVE,
    MEDIA,
    AUTRE
}
