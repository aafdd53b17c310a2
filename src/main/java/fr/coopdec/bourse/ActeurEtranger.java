package fr.coopdec.bourse;

/** Foreign actors present on the territory. Labels: {@code bourse.enum.ActeurEtranger.<NAME>}. */
public enum ActeurEtranger {
    DIASPORA,
    ASSOCIATION,
    ENTREPRISE
}
