package fr.coopdec.jeunesse;

import java.util.Map;

/**
 * What placements a user sees: all of them ({@code tout}), or those whose French authority, foreign
 * authority or country is the user's (-1 matches nothing). Every query of the module filters on it.
 */
public record Perimetre(boolean tout, long francaiseId, long partenaireId, long paysId) {

    static final Perimetre RIEN = new Perimetre(false, -1, -1, -1);
    static final Perimetre TOUT = new Perimetre(true, -1, -1, -1);

    /** The SQL condition on a placement aliased {@code m}, with its parameters. */
    static final String SQL = "(:tout OR m.collectivite_francaise_id = :cf OR m.collectivite_partenaire_id = :cp"
            + " OR m.pays_id = :pays)";

    Map<String, Object> params() {
        return Map.of("tout", tout, "cf", francaiseId, "cp", partenaireId, "pays", paysId);
    }

    boolean couvre(Mission m) {
        return tout
                || m.getCollectiviteFrancaise() != null
                        && m.getCollectiviteFrancaise().getId() == francaiseId
                || m.getCollectivitePartenaire() != null
                        && m.getCollectivitePartenaire().getId() == partenaireId
                || m.getPays() != null && m.getPays().getId() == paysId;
    }
}
