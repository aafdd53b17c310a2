package fr.coopdec.pact3;

/** The PACT3 pages other modules may link to (see {@code atlas.AtlasLinks}). */
public final class Pact3Links {

    private Pact3Links() {}

    public static String laureats() {
        return "pact3/laureats";
    }
}
