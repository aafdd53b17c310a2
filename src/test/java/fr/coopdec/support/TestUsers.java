package fr.coopdec.support;

import fr.coopdec.security.AccountProvisioning;
import fr.coopdec.security.Utilisateur;
import fr.coopdec.shared.security.Role;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Creates users with unique e-mails for a test; their password is {@link #PASSWORD}. */
@Component
public class TestUsers {

    public static final String PASSWORD = "correct-horse-battery";

    private final AccountProvisioning provisioning;
    private final UserDetailsService userDetailsService;

    TestUsers(AccountProvisioning provisioning, UserDetailsService userDetailsService) {
        this.provisioning = provisioning;
        this.userDetailsService = userDetailsService;
    }

    /** For service tests: the current thread acts as that user (as after a login). */
    public void signIn(String email) {
        UserDetails user = userDetailsService.loadUserByUsername(email);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    /** Creates a user with that role and scope and signs in as it; returns the e-mail. */
    public String signInAs(Role role, Consumer<Utilisateur> scope) {
        String email = create(role, scope);
        signIn(email);
        return email;
    }

    public void signOut() {
        SecurityContextHolder.clearContext();
    }

    public String create(Role role) {
        return create(role, user -> {});
    }

    /** Creates a user with the role and the scope the consumer sets; returns its e-mail. */
    public String create(Role role, Consumer<Utilisateur> scope) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@test.coopdec.fr";
        provisioning.createIfAbsent(email, "Test " + role.name(), role, PASSWORD, scope);
        return email;
    }
}
