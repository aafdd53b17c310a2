package fr.coopdec.assises;

import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.security.CurrentUser;
import fr.coopdec.shared.security.Role;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which events a user manages: DAECT (ADMIN) all, an organiser those listed for it in
 * {@code assises_organisateur}; nobody else any.
 */
@Component
public class AssisesScope {

    private final CurrentUser currentUser;
    private final JdbcTemplate jdbc;

    AssisesScope(CurrentUser currentUser, JdbcTemplate jdbc) {
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    public boolean isAdmin() {
        return currentUser.isAdmin();
    }

    public boolean peutGerer(long evenementId) {
        if (currentUser.isAdmin()) {
            return true;
        }
        if (!currentUser.hasRole(Role.ORGANISATEUR)) {
            return false;
        }
        Integer n = jdbc.queryForObject(
                "SELECT COUNT(*) FROM assises_organisateur WHERE evenement_id = ? AND utilisateur_id = ?",
                Integer.class,
                evenementId,
                currentUser.require().getId());
        return n != null && n > 0;
    }

    /** The events an organiser manages (not used for ADMIN, who manages all). */
    List<Long> evenementsGeres() {
        return currentUser
                .get()
                .map(user -> jdbc.queryForList(
                        "SELECT evenement_id FROM assises_organisateur WHERE utilisateur_id = ?",
                        Long.class,
                        user.getId()))
                .orElse(List.of());
    }

    void exigerGestion(long evenementId) {
        if (!peutGerer(evenementId)) {
            throw new BusinessException("assises.erreur.hors-perimetre");
        }
    }

    void affecter(long evenementId, long utilisateurId) {
        jdbc.update(
                "INSERT IGNORE INTO assises_organisateur (evenement_id, utilisateur_id) VALUES (?, ?)",
                evenementId,
                utilisateurId);
    }
}
