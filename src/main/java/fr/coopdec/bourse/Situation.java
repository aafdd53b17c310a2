package fr.coopdec.bourse;

/** Geographic situation of the territory. Labels: {@code bourse.enum.Situation.<NAME>}. */
public enum Situation {
    URBAIN,
    RURAL,
    LITTORAL,
    MONTAGNE,
    INSULAIRE
}
