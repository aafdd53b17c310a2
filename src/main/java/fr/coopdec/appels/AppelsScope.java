package fr.coopdec.appels;

import fr.coopdec.atlas.Partenariat;
import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.shared.security.CoopDecUser;
import fr.coopdec.shared.security.CurrentUser;
import fr.coopdec.shared.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with calls and applications: DAECT manages calls, instructs and decides; a local
 * authority (or grouping) applies on its own Atlas partnerships and sees its own applications; an
 * embassy post reads those of its country. Views ask; services enforce.
 */
@Component
public class AppelsScope {

    private final CurrentUser currentUser;

    AppelsScope(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public boolean canManage() {
        return currentUser.get().map(AppelsScope::isDaect).orElse(false);
    }

    /** Whether the signed-in user applies to calls (an authority's account). */
    public boolean canApply() {
        return currentUser
                .get()
                .map(u -> u.hasRole(Role.COLLECTIVITE)
                        && u.getCollectiviteFrancaiseId().isPresent())
                .orElse(false);
    }

    public boolean canEdit(CandidatureDaect candidature) {
        return currentUser.get().map(u -> canEdit(u, candidature)).orElse(false);
    }

    static boolean isDaect(CoopDecUser user) {
        return user.hasRole(Role.ADMIN);
    }

    static boolean canRead(CoopDecUser user, CandidatureDaect candidature) {
        return switch (user.getRole()) {
            case ADMIN -> true;
            case POSTE ->
                user.getPaysId()
                        .map(id -> id.equals(candidature.getPays().getId()))
                        .orElse(false);
            case COLLECTIVITE -> isPorteur(user, candidature.getPorteur());
            default -> false;
        };
    }

    /** The porteur edits its draft; nobody else does (DAECT instructs, it does not write applications). */
    static boolean canEdit(CoopDecUser user, CandidatureDaect candidature) {
        return user.hasRole(Role.COLLECTIVITE)
                && isPorteur(user, candidature.getPorteur())
                && candidature.getStatut() == StatutCandidatureDaect.BROUILLON;
    }

    /** An authority applies only on a partnership it takes part in (its own Atlas record). */
    static boolean ownsPartnership(CoopDecUser user, Partenariat partenariat) {
        return user.getCollectiviteFrancaiseId()
                .map(id -> partenariat.getCollectivitesFrancaises().stream()
                        .map(CollectiviteFrancaise::getId)
                        .anyMatch(id::equals))
                .orElse(false);
    }

    private static boolean isPorteur(CoopDecUser user, CollectiviteFrancaise porteur) {
        return user.getCollectiviteFrancaiseId()
                .map(id -> id.equals(porteur.getId()))
                .orElse(false);
    }
}
