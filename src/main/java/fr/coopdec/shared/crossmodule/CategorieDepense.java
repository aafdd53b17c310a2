package fr.coopdec.shared.crossmodule;

/**
 * The category of an expense in a financing plan, shared by DAECT's calls and FICOL so that their
 * plans can be compared line by line (the same category in the same year is the same expense).
 * Labels: {@code depense.categorie.<NAME>}.
 */
public enum CategorieDepense {
    ETUDES,
    FORMATION,
    EXPERTISE,
    MISSIONS,
    EQUIPEMENT,
    TRAVAUX,
    COMMUNICATION,
    FONCTIONNEMENT,
    AUTRE
}
