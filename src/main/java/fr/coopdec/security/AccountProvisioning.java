package fr.coopdec.security;

import fr.coopdec.shared.security.Role;
import java.util.function.Consumer;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts outside any signed-in session: the first administrator of a production install and
 * the demo accounts. Not reachable from the UI.
 */
@Component
public class AccountProvisioning {

    private final UtilisateurRepository repository;
    private final PasswordEncoder passwordEncoder;

    AccountProvisioning(UtilisateurRepository repository, PasswordEncoder passwordEncoder) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional(readOnly = true)
    public boolean hasNoUsers() {
        return repository.count() == 0;
    }

    /** Creates the account unless the e-mail already exists; returns true when it was created. */
    @Transactional
    public boolean createIfAbsent(String email, String nom, Role role, String password, Consumer<Utilisateur> scope) {
        if (repository.existsByEmailIgnoreCase(email)) {
            return false;
        }
        PasswordPolicy.check(password);
        Utilisateur user = new Utilisateur(email, nom, role);
        user.setEmail(email);
        scope.accept(user);
        user.setPasswordHash(passwordEncoder.encode(password));
        repository.save(user);
        return true;
    }
}
