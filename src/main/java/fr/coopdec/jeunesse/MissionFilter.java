package fr.coopdec.jeunesse;

/** The placements list's filter; null fields do not filter. */
public record MissionFilter(Direction direction, StatutMission statut, String texte, Long paysId) {

    public MissionFilter(Direction direction, StatutMission statut, String texte) {
        this(direction, statut, texte, null);
    }

    public static MissionFilter all() {
        return new MissionFilter(null, null, null);
    }

    static String like(String texte) {
        return texte == null || texte.isBlank()
                ? null
                : "%"
                        + texte.trim()
                                .toLowerCase(java.util.Locale.ROOT)
                                .replace("%", "")
                                .replace("_", "") + "%";
    }
}
