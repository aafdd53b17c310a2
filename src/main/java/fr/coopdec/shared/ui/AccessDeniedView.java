package fr.coopdec.shared.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Accès refusé" inside the layout, answered with HTTP 403: the access control routes here when a
 * signed-in user opens a view of another role, or an anonymous reader a view for accounts (with a link
 * to sign in that comes back to the page).
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView() {
        super("access-denied", "error.access-denied.title");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        // an anonymous reader is told to sign in (and comes back here after), not that "their account" may not
        String message = signedIn() ? "error.access-denied.message" : "error.access-denied.anonymous";
        return show(message, "/" + event.getLocation().getPath(), HttpServletResponse.SC_FORBIDDEN);
    }
}
