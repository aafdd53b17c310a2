package fr.coopdec.bourse;

/** The Bourse pages other modules may link to (see {@code atlas.AtlasLinks}). */
public final class BourseLinks {

    private BourseLinks() {}

    public static String fiche(long id) {
        return "bourse/fiches/" + id;
    }
}
