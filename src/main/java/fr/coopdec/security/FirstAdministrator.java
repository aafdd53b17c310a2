package fr.coopdec.security;

import fr.coopdec.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a production install the users table starts empty: the first ADMIN comes from
 * {@code COOPDEC_ADMIN_EMAIL} and {@code COOPDEC_ADMIN_PASSWORD}. Nothing happens once any user exists.
 */
@Component
@Order(10)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountProvisioning provisioning;
    private final String email;
    private final String password;
    private final String name;

    FirstAdministrator(
            AccountProvisioning provisioning,
            @Value("${coopdec.admin.email:}") String email,
            @Value("${coopdec.admin.password:}") String password,
            @Value("${coopdec.admin.name:Administrateur DAECT}") String name) {
        this.provisioning = provisioning;
        this.email = email;
        this.password = password;
        this.name = name;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!provisioning.hasNoUsers()) {
            return;
        }
        if (email.isBlank() || password.isBlank()) {
            log.warn(
                    "No user exists. Set COOPDEC_ADMIN_EMAIL and COOPDEC_ADMIN_PASSWORD to create the first administrator.");
            return;
        }
        if (!PasswordPolicy.isAcceptable(password)) {
            throw new IllegalStateException("COOPDEC_ADMIN_PASSWORD must have " + PasswordPolicy.MIN_LENGTH + " to "
                    + PasswordPolicy.MAX_LENGTH + " characters");
        }
        provisioning.createIfAbsent(email, name, Role.ADMIN, password, user -> {});
        log.info("First administrator created (COOPDEC_ADMIN_EMAIL)");
    }
}
