package fr.coopdec.support;

import fr.coopdec.security.AccountProvisioning;
import fr.coopdec.security.Role;
import fr.coopdec.security.Utilisateur;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** Creates users with unique e-mails for a test; their password is {@link #PASSWORD}. */
@Component
public class TestUsers {

    public static final String PASSWORD = "correct-horse-battery";

    private final AccountProvisioning provisioning;

    TestUsers(AccountProvisioning provisioning) {
        this.provisioning = provisioning;
    }

    public String create(Role role) {
        return create(role, user -> { });
    }

    /** Creates a user with the role and the scope the consumer sets; returns its e-mail. */
    public String create(Role role, Consumer<Utilisateur> scope) {
        String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@test.coopdec.fr";
        provisioning.createIfAbsent(email, "Test " + role.name(), role, PASSWORD, scope);
        return email;
    }
}
