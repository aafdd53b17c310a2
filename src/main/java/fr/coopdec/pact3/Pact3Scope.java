package fr.coopdec.pact3;

import fr.coopdec.shared.security.CoopDecUser;
import fr.coopdec.shared.security.CurrentUser;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who acts: DAECT sees all; a local authority user only its own authority's applications and missions. */
@Component
class Pact3Scope {

    private final CurrentUser currentUser;

    Pact3Scope(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    CoopDecUser user() {
        return currentUser.require();
    }

    /** The signed-in user, if any. */
    Optional<CoopDecUser> current() {
        return currentUser.get();
    }

    /** The authority of a COLLECTIVITE user; refused without one. */
    long collectivite() {
        return currentUser
                .require()
                .getCollectiviteFrancaiseId()
                .orElseThrow(() -> new AccessDeniedException("A French authority is required for PACT3"));
    }

    /** Null for DAECT (no filter), the user's authority otherwise. */
    Long filtreCollectivite() {
        return currentUser.isAdmin() ? null : collectivite();
    }

    void checkOwn(Candidature candidature) {
        if (!currentUser.isAdmin() && !candidature.getCollectiviteFrancaiseId().equals(collectivite())) {
            throw new AccessDeniedException("Application " + candidature.getId() + " is outside the user's scope");
        }
    }
}
