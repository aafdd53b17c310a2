package fr.coopdec.appels.ui;

import com.vaadin.flow.router.QueryParameters;
import fr.coopdec.appels.AppelsLinks;

/** Stable addresses of the pages of DAECT's calls (those others link to come from {@link AppelsLinks}). */
final class AppelsRoutes {

    static final String APPELS = "appels";
    static final String CANDIDATURES = "appels/candidatures";
    static final String CANDIDATURE = "appels/candidatures/:id";
    static final String NOUVELLE = "nouvelle";
    static final String PARAM_APPEL = "appel";
    static final String NOUVELLE_CANDIDATURE = CANDIDATURES + "/" + NOUVELLE;

    private AppelsRoutes() {}

    static String candidature(long id) {
        return AppelsLinks.candidature(id);
    }

    /** The query string naming a call ({@code ?appel=3}), for the new-application page and the list. */
    static QueryParameters appel(long appelId) {
        return QueryParameters.of(PARAM_APPEL, String.valueOf(appelId));
    }
}
