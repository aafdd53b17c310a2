package fr.coopdec.ficol.ui;

/** Stable addresses of the FICOL pages. */
final class FicolRoutes {

    static final String DOSSIERS = "ficol/dossiers";
    static final String DOSSIER = "ficol/dossier";
    static final String NOUVEAU = "nouveau";
    static final String REGLES = "ficol/regles";
    static final String TABLEAU = "ficol/tableau-de-bord";

    private FicolRoutes() {}

    static String dossier(long id) {
        return DOSSIER + "/" + id;
    }
}
