package fr.coopdec.atlas.api;

/** The body of every API error: which parameter, its value, and a French sentence saying what to do. */
public record ApiError(String parametre, String valeur, String message) {
}
