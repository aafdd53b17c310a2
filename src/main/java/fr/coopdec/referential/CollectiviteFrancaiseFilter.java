package fr.coopdec.referential;

/**
 * Criteria of the French authorities list; null fields do not filter. {@code regionCode} and
 * {@code departementCode} select every authority inside that région or département.
 */
public record CollectiviteFrancaiseFilter(
        String text, TypeCollectiviteFrancaise type, String regionCode, String departementCode) {

    public static CollectiviteFrancaiseFilter text(String text) {
        return new CollectiviteFrancaiseFilter(text, null, null, null);
    }
}
