package fr.coopdec.jeunesse;

/** Sent abroad by a French structure, or hosted in France in reciprocity. Labels: {@code jeunesse.direction.<NAME>}. */
public enum Direction {
    ENVOI,
    ACCUEIL
}
