package fr.coopdec.shared.api;

/**
 * The body of every API error: which parameter, its value, and a sentence (French unless the client
 * asks for English) saying what to do. The value is echoed back cut to {@link #MAX_ECHO} characters,
 * so an oversized field never comes back whole.
 */
public record ApiError(String parametre, String valeur, String message) {

    public static final int MAX_ECHO = 200;

    public ApiError {
        parametre = clip(parametre);
        valeur = clip(valeur);
    }

    /** At most {@link #MAX_ECHO} characters of what the client sent, with "…" when cut. */
    public static String clip(String text) {
        if (text == null || text.length() <= MAX_ECHO) {
            return text;
        }
        return text.substring(0, MAX_ECHO) + "…";
    }
}
