package fr.coopdec.shared.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user, for services that filter by scope. */
@Component
public class CurrentUser {

    public Optional<CoopDecUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CoopDecUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in user; refuses anonymous callers. */
    public CoopDecUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Authentication required"));
    }

    public boolean hasRole(Role role) {
        return get().map(user -> user.hasRole(role)).orElse(false);
    }

    public boolean isAdmin() {
        return hasRole(Role.ADMIN);
    }
}
