package fr.coopdec.bourse.ui;

import fr.coopdec.bourse.BourseLinks;

/** The Bourse's stable URLs. */
final class BourseRoutes {

    static final String CATALOGUE = "bourse";
    static final String PROPOSER = "bourse/proposer";
    static final String CONFIRMER = "bourse/confirmer/:token";
    static final String RENOUVELER = "bourse/renouveler/:token";
    static final String FICHE = "bourse/fiches/:id([0-9]{1,18})";
    static final String MODERATION = "bourse/moderation";
    static final String MODERATION_FICHE = "bourse/moderation/:id([0-9]{1,18})";
    static final String POSTE = "bourse/poste";
    static final String COURRIELS = "bourse/courriels";
    static final String TABLEAU = "bourse/tableau-de-bord";

    private BourseRoutes() {}

    static String fiche(long id) {
        return BourseLinks.fiche(id);
    }

    static String moderation(long id) {
        return "bourse/moderation/" + id;
    }
}
