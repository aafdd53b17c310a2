package fr.coopdec.bourse;

/** Which side of the partnership the authority is on. Labels: {@code bourse.enum.Origine.<NAME>}. */
public enum Origine {
    FRANCAISE,
    ETRANGERE
}
