package fr.coopdec.bourse;

import fr.coopdec.shared.mail.MailSortant;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * DAECT's view of the shared outbox ({@code mail_sortant}) for the demo, where no mail leaves the
 * machine: newest first, filtered by recipient or subject. Read through the (public) entity: the
 * outbox repository belongs to the shared mail package.
 */
@Service
@RolesAllowed(Roles.ADMIN)
@Transactional(readOnly = true)
public class BoiteMailQueries {

    private static final String WHERE =
            " where (:q is null or lower(m.destinataire) like :q or lower(m.sujet) like :q)";

    private final EntityManager em;

    BoiteMailQueries(EntityManager em) {
        this.em = em;
    }

    public List<MailSortant> find(String texte, int offset, int limit) {
        return em.createQuery("select m from MailSortant m" + WHERE + " order by m.id desc", MailSortant.class)
                .setParameter("q", pattern(texte))
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public long count(String texte) {
        return em.createQuery("select count(m) from MailSortant m" + WHERE, Long.class)
                .setParameter("q", pattern(texte))
                .getSingleResult();
    }

    private static String pattern(String texte) {
        return texte == null || texte.isBlank() ? null : "%" + texte.strip().toLowerCase(Locale.ROOT) + "%";
    }
}
