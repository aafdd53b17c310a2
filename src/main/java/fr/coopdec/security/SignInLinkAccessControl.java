package fr.coopdec.security;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.auth.NavigationContext;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import java.util.Collection;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Vaadin's view access control, except for an anonymous reader refused a page: instead of the login
 * form shown at the page's address with HTTP 200, the French "accès refusé" view answers HTTP 403 with
 * a link to sign in, and signing in comes back to the page (the address is kept in the session as
 * Vaadin does). Signed-in readers refused a page get the same view without that link.
 */
class SignInLinkAccessControl extends SpringNavigationAccessControl {

    SignInLinkAccessControl(Collection<NavigationAccessChecker> checkers, AccessCheckDecisionResolver resolver) {
        super(checkers, resolver);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (isEnabled() && request != null && getPrincipal(request) == null) {
            NavigationContext context = new NavigationContext(event, null, getRolesChecker(request));
            boolean production = event.getUI().getSession().getConfiguration().isProductionMode();
            AccessCheckResult result = checkAccess(context, production);
            if (result.decision() != AccessCheckDecision.ALLOW) {
                rememberPage(event, request);
                event.rerouteToError(AccessDeniedException.class, result.reason());
                return;
            }
        }
        super.beforeEnter(event);
    }

    /** Where the login success handler sends the reader back (what Vaadin stores before its login form). */
    private void rememberPage(BeforeEnterEvent event, VaadinRequest request) {
        WrappedSession session = request.getWrappedSession();
        if (session == null) {
            return;
        }
        String page = event.getLocation().getPathWithQueryParameters();
        session.setAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT, page);
        if (request instanceof VaadinServletRequest servletRequest) {
            // from the application's root: Vaadin's getRequestURL is the page's own address when the
            // first view is rendered with the page request (eager server load)
            String root = ServletUriComponentsBuilder.fromContextPath(servletRequest.getHttpServletRequest())
                    .toUriString();
            session.setAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE, root + "/" + page);
        }
    }
}
