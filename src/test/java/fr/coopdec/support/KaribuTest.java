package fr.coopdec.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockRouteAccessDeniedError;
import com.github.mvysny.kaributesting.v10.MockRouteNotFoundError;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import fr.coopdec.shared.security.Role;
import fr.coopdec.shared.ui.AccessDeniedView;
import fr.coopdec.shared.ui.NotFoundView;
import java.util.Set;
import java.util.stream.Collectors;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A UI test: a mocked Vaadin session on the real Spring context and a real MariaDB. Sign in with
 * {@link #login(Role)}; the view access checks then see the user's roles as in production.
 */
@IntegrationTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected TestUsers testUsers;

    @Autowired
    private UserDetailsService userDetailsService;

    @BeforeEach
    void setUpVaadin() {
        if (routes == null) {
            // The app's French 404/403 views are left out: Karibu's own error views throw, which is how
            // the UI tests see that a page was refused; the browser suite checks the French pages.
            Routes discovered = new Routes().autoDiscoverViews("fr.coopdec");
            Set<Class<? extends HasErrorParameter<?>>> errors = discovered.getErrorRoutes().stream()
                    .filter(view -> view != NotFoundView.class && view != AccessDeniedView.class)
                    .collect(Collectors.toCollection(java.util.HashSet::new));
            errors.add(MockRouteNotFoundError.class);
            errors.add(MockRouteAccessDeniedError.class);
            routes = new Routes(discovered.getRoutes(), errors, discovered.getSkipPwaInit());
        }
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        logout();
        MockVaadin.tearDown();
    }

    /** Creates a user with that role (no scope) and signs in; returns the e-mail. */
    protected String login(Role role) {
        String email = testUsers.create(role);
        login(email);
        return email;
    }

    /** Signs in as an existing user, as the login form would, and reloads the current page. */
    protected void login(String email) {
        UserDetails user = userDetailsService.loadUserByUsername(email);
        var authentication = new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        Set<String> roles = user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .map(a -> a.substring("ROLE_".length()))
                .collect(Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> roles.contains(role));
        UI.getCurrent().getPage().reload();
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        if (VaadinServletRequest.getCurrent() != null) {
            FakeRequest request =
                    (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(null);
            request.setUserInRole((principal, role) -> false);
        }
    }

    /** Navigates like a typed URL; a query string ("login?error") is passed on as query parameters. */
    protected static void navigate(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent()
                    .navigate(location.substring(0, query), QueryParameters.fromString(location.substring(query + 1)));
        }
    }
}
