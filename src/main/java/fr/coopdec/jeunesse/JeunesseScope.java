package fr.coopdec.jeunesse;

import fr.coopdec.shared.security.CoopDecUser;
import fr.coopdec.shared.security.CurrentUser;
import fr.coopdec.shared.security.Role;
import org.springframework.stereotype.Component;

/**
 * France Volontaires and DAECT see and manage every placement; a local authority sees those where it
 * is the French or the foreign structure; an embassy post those of its country; nobody else any.
 */
@Component
public class JeunesseScope {

    private final CurrentUser currentUser;

    JeunesseScope(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public Perimetre perimetre() {
        return currentUser.get().map(JeunesseScope::perimetre).orElse(Perimetre.RIEN);
    }

    /** Whether the user may create and change volunteers, placements and calls. */
    public boolean peutGerer() {
        return currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.VOLONTARIAT);
    }

    static Perimetre perimetre(CoopDecUser user) {
        return switch (user.getRole()) {
            case ADMIN, VOLONTARIAT -> Perimetre.TOUT;
            case POSTE -> new Perimetre(false, -1, -1, user.getPaysId().orElse(-1L));
            case COLLECTIVITE ->
                new Perimetre(
                        false,
                        user.getCollectiviteFrancaiseId().orElse(-1L),
                        user.getCollectivitePartenaireId().orElse(-1L),
                        -1);
            default -> Perimetre.RIEN;
        };
    }
}
