package fr.coopdec.atlas;

/** Labels: {@code atlas.statut.<NAME>}. */
public enum StatutPartenariat {
    ACTIF,
    EN_SOMMEIL,
    TERMINE
}
