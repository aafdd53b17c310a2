package fr.coopdec.atlas;

import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.CollectivitePartenaire;
import fr.coopdec.shared.security.CoopDecUser;
import fr.coopdec.shared.security.CurrentUser;
import fr.coopdec.shared.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may change a partnership: DAECT all, an embassy post those of its country, a local authority
 * those it takes part in. Services call this on the stored and on the new state of a record.
 */
@Component
public class AtlasScope {

    private final CurrentUser currentUser;

    AtlasScope(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public boolean canEdit(Partenariat partenariat) {
        return currentUser.get().map(user -> canEdit(user, partenariat)).orElse(false);
    }

    /** Whether the user may create partnerships at all (then within their scope). */
    public boolean canCreate() {
        return currentUser
                .get()
                .map(u -> u.hasRole(Role.ADMIN) || u.hasRole(Role.POSTE) || u.hasRole(Role.COLLECTIVITE))
                .orElse(false);
    }

    /** The French authority the user speaks for, if any (the declarant of the partnerships it creates). */
    public Long currentCollectiviteFrancaiseId() {
        return currentUser
                .get()
                .flatMap(CoopDecUser::getCollectiviteFrancaiseId)
                .orElse(null);
    }

    static boolean canEdit(CoopDecUser user, Partenariat partenariat) {
        return switch (user.getRole()) {
            case ADMIN -> true;
            case POSTE ->
                partenariat.getPays() != null
                        && user.getPaysId()
                                .map(id -> id.equals(partenariat.getPays().getId()))
                                .orElse(false);
            case COLLECTIVITE ->
                user.getCollectiviteFrancaiseId()
                        .map(id -> partenariat.getCollectivitesFrancaises().stream()
                                .map(CollectiviteFrancaise::getId)
                                .anyMatch(id::equals))
                        .or(() -> user.getCollectivitePartenaireId()
                                .map(id -> partenariat.getCollectivitesPartenaires().stream()
                                        .map(CollectivitePartenaire::getId)
                                        .anyMatch(id::equals)))
                        .orElse(false);
            default -> false;
        };
    }
}
