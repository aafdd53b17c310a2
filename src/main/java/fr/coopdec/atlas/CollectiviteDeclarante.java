package fr.coopdec.atlas;

/**
 * The French authority that reports a partnership's activities in the IATI export: the one stored
 * with the partnership, and the organisation identifier stored with it (both fixed once published).
 */
public record CollectiviteDeclarante(long collectiviteId, String orgRef, String nom) {

    /**
     * The identifier to publish for a French authority taking part in one of the partnership's
     * activities: the stored one when it is the reporting authority itself (so that a later change of
     * its SIREN in the referential changes nothing published), else {@code otherwise}.
     */
    public String refOf(Long collectiviteFrancaiseId, String otherwise) {
        return collectiviteFrancaiseId != null && collectiviteFrancaiseId == collectiviteId ? orgRef : otherwise;
    }
}
