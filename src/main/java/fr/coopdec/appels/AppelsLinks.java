package fr.coopdec.appels;

/** The pages of DAECT's calls other modules may link to (see {@code atlas.AtlasLinks}). */
public final class AppelsLinks {

    private AppelsLinks() {}

    public static String appels() {
        return "appels";
    }

    public static String candidatures() {
        return "appels/candidatures";
    }

    public static String candidature(long id) {
        return "appels/candidatures/" + id;
    }
}
