package fr.coopdec.bourse;

/** Duration of the partnership sought. Labels: {@code bourse.enum.Duree.<NAME>}. */
public enum Duree {
    MOINS_UN_AN,
    UN_A_TROIS_ANS,
    PLUS_DE_TROIS_ANS
}
