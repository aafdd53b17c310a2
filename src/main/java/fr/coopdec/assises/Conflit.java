package fr.coopdec.assises;

/**
 * Two sessions that cannot both happen: the same room booked twice at overlapping times, or the same
 * speaker ({@code detail} = speaker's name) expected in two places. Explained by {@code assises.conflit.<type>}.
 */
public record Conflit(Type type, String detail, SessionProgramme premiere, SessionProgramme seconde) {

    public enum Type {
        SALLE,
        INTERVENANT
    }
}
