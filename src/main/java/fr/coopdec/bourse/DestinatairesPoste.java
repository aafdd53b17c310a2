package fr.coopdec.bourse;

import fr.coopdec.shared.security.Role;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-mail addresses of the active embassy-post accounts of a country. Read from the user entity (the
 * security module's user service is for DAECT only, and the weekly digest runs with no user).
 */
@Component
class DestinatairesPoste {

    private final EntityManager em;

    DestinatairesPoste(EntityManager em) {
        this.em = em;
    }

    @Transactional(readOnly = true)
    List<String> emails(long paysId) {
        return em.createQuery(
                        "select u.email from Utilisateur u where u.role = :role and u.pays.id = :pays "
                                + "and u.enabled = true order by u.email",
                        String.class)
                .setParameter("role", Role.POSTE)
                .setParameter("pays", paysId)
                .getResultList();
    }
}
