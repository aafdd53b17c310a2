package fr.coopdec.appels.ui;

import fr.coopdec.appels.AppelsLinks;

/** Stable addresses of the pages of DAECT's calls (those others link to come from {@link AppelsLinks}). */
final class AppelsRoutes {

    static final String APPELS = "appels";
    static final String CANDIDATURES = "appels/candidatures";
    static final String CANDIDATURE = "appels/candidatures/:id";
    static final String NOUVELLE = "nouvelle";
    static final String PARAM_APPEL = "appel";

    private AppelsRoutes() {}

    static String candidature(long id) {
        return AppelsLinks.candidature(id);
    }

    static String nouvelle(long appelId) {
        return CANDIDATURES + "/" + NOUVELLE + "?" + PARAM_APPEL + "=" + appelId;
    }

    static String candidaturesDe(long appelId) {
        return CANDIDATURES + "?" + PARAM_APPEL + "=" + appelId;
    }
}
