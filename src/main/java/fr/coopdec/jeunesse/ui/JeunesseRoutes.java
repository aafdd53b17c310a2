package fr.coopdec.jeunesse.ui;

/** The module's URLs in one place: views link to each other through these. */
final class JeunesseRoutes {

    static final String VOLONTAIRES = "jeunesse/volontaires";
    static final String VOLONTAIRE = "jeunesse/volontaires/:id";
    static final String NOUVEAU = "nouveau";
    static final String MISSIONS = "jeunesse/missions";
    static final String MISSION = "jeunesse/missions/:id([0-9]{1,18})";
    static final String IMPORT = "jeunesse/import";
    static final String APPELS = "jeunesse/appels";
    static final String RECIPROCITE = "jeunesse/reciprocite";
    static final String RECIPROCITE_PARTENARIAT = "jeunesse/reciprocite/partenariats/:id([0-9]{1,18})";
    static final String CHIFFRES = "jeunesse/chiffres";
    static final String CONSERVATION = "jeunesse/conservation";

    private JeunesseRoutes() {}

    static String volontaire(Object id) {
        return "jeunesse/volontaires/" + id;
    }

    static String mission(long id) {
        return "jeunesse/missions/" + id;
    }

    static String reciprocitePartenariat(long id) {
        return "jeunesse/reciprocite/partenariats/" + id;
    }
}
