package fr.coopdec.security;

import fr.coopdec.shared.security.CoopDecUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions follow the account: on every request of a signed-in user, the account must still be
 * enabled and carry the session stamp it had at sign-in. Disabling it, changing its role or scope, or
 * resetting its password changes the stamp ({@link UtilisateurService}), so its open sessions end at
 * their next request: the HTTP session is invalidated and the request continues as anonymous (a page
 * redirects to the sign-in page; a Vaadin request finds its session expired and reloads).
 * One primary-key lookup per request; it works across several application instances.
 */
class SessionStampFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionStampFilter.class);

    private final UtilisateurRepository repository;

    SessionStampFilter(UtilisateurRepository repository) {
        this.repository = repository;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CoopDecUser user) {
            Long current = repository.currentSessionStamp(user.getId());
            if (current == null || current != user.getSessionStamp()) {
                log.info("Ending the session of {}: account disabled or its access changed", user.getEmail());
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
        }
        chain.doFilter(request, response);
    }
}
