package fr.coopdec.security;

import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.referential.TypeCollectiviteFrancaise;
import fr.coopdec.shared.security.Role;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One account per role for the demo ({@code ./mvnw spring-boot:run}); never in production unless
 * {@code COOPDEC_DEMO=true}. Runs after the reference data import, which provides the scopes.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "coopdec.demo.enabled", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "coopdec-demo-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountProvisioning provisioning;
    private final ReferentialQueries referential;

    DemoAccounts(AccountProvisioning provisioning, ReferentialQueries referential) {
        this.provisioning = provisioning;
        this.referential = referential;
    }

    @Override
    public void run(ApplicationArguments args) {
        create("admin@coopdec.fr", "Claire Martin (DAECT)", Role.ADMIN, user -> {});
        create(
                "poste.benin@coopdec.fr",
                "Service de coopération, ambassade de France au Bénin",
                Role.POSTE,
                user -> user.setPays(referential.findPays("BJ").orElseThrow()));
        create(
                "collectivite@coopdec.fr",
                "Ville de Lyon, relations internationales",
                Role.COLLECTIVITE,
                user -> user.setCollectiviteFrancaise(referential
                        .findCollectiviteFrancaise(TypeCollectiviteFrancaise.COMMUNE, "69123")
                        .orElseThrow()));
        create("afd@coopdec.fr", "Instruction FICOL, AFD", Role.AFD, user -> {});
        create("volontariat@coopdec.fr", "France Volontaires", Role.VOLONTARIAT, user -> {});
        create("organisateur@coopdec.fr", "Organisation des Assises", Role.ORGANISATEUR, user -> {});
    }

    private void create(String email, String name, Role role, Consumer<Utilisateur> scope) {
        try {
            if (provisioning.createIfAbsent(email, name, role, PASSWORD, scope)) {
                log.info("Demo account {} ({}) created", email, role);
            }
        } catch (RuntimeException e) {
            log.warn("Demo account {} not created: {}", email, e.getMessage());
        }
    }
}
