package fr.coopdec.appels;

/** Criteria of the list of applications (null: no filter); the user's scope always applies on top. */
public record CandidatureFilter(Long appelId, StatutCandidatureDaect statut) {

    public static CandidatureFilter all() {
        return new CandidatureFilter(null, null);
    }
}
