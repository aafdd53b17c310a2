package fr.coopdec.bourse;

import fr.coopdec.referential.Pays;
import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.security.CoopDecUser;
import fr.coopdec.shared.security.CurrentUser;
import fr.coopdec.shared.security.Role;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an embassy post does with the Bourse, within its country: the sheets that target it (in
 * moderation or published), its notifications, its opinions. DAECT reads every opinion.
 */
@Service
public class PosteService {

    private final FicheRepository fiches;
    private final AvisRepository avis;
    private final NotificationsRepository notifications;
    private final CurrentUser currentUser;

    PosteService(
            FicheRepository fiches,
            AvisRepository avis,
            NotificationsRepository notifications,
            CurrentUser currentUser) {
        this.fiches = fiches;
        this.avis = avis;
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.POSTE)
    public Page<FicheBourse> fichesDuPays(Pageable pageable) {
        return fiches.search(
                EnumSet.of(StatutFiche.SOUMISE, StatutFiche.EN_REVUE, StatutFiche.PUBLIEE),
                null,
                null,
                null,
                paysDuPoste(),
                null,
                Tri.parDefaut(pageable, Sort.by(Sort.Direction.DESC, "id")));
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.POSTE)
    public Page<NotificationPoste> notifications(Pageable pageable) {
        return notifications.duPays(paysDuPoste(), pageable);
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.POSTE)
    public long nonLues() {
        return notifications.nonLues(paysDuPoste());
    }

    @Transactional
    @RolesAllowed(Roles.POSTE)
    public void marquerLue(long notificationId) {
        NotificationPoste n = notifications.findById(notificationId).orElseThrow();
        if (!n.getPays().getId().equals(paysDuPoste())) {
            throw new AccessDeniedException("Notification of another country");
        }
        n.marquerLue();
    }

    /** A post gives its opinion on a sheet that targets its country (or comes from it). */
    @Transactional
    @RolesAllowed(Roles.POSTE)
    public Avis donnerAvis(long ficheId, String texte) {
        if (texte == null || texte.isBlank() || texte.length() > 4000) {
            throw new BusinessException("bourse.avis.invalide");
        }
        FicheBourse fiche =
                fiches.findById(ficheId).orElseThrow(() -> new BusinessException("bourse.fiche.introuvable"));
        long paysId = paysDuPoste();
        Pays pays = concerne(fiche, paysId);
        if (pays == null) {
            throw new BusinessException("bourse.avis.hors-pays");
        }
        return avis.save(new Avis(fiche, pays, currentUser.require().getEmail(), texte.strip()));
    }

    /** DAECT sees every opinion; a post those of its country only. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.POSTE})
    public List<Avis> avis(long ficheId) {
        CoopDecUser user = currentUser.require();
        return avis.deLaFiche(ficheId, user.hasRole(Role.ADMIN) ? null : paysDuPoste());
    }

    /** Whether the signed-in post may give its opinion on that sheet. */
    @Transactional(readOnly = true)
    public boolean peutDonnerAvis(FicheBourse fiche) {
        return currentUser.hasRole(Role.POSTE)
                && currentUser
                        .require()
                        .getPaysId()
                        .map(id -> concerne(fiche, id) != null)
                        .orElse(false);
    }

    private static Pays concerne(FicheBourse fiche, long paysId) {
        if (fiche.getPays() != null && fiche.getPays().getId() == paysId) {
            return fiche.getPays();
        }
        return fiche.getPaysCibles().stream()
                .filter(p -> p.getId() == paysId)
                .findFirst()
                .orElse(null);
    }

    private long paysDuPoste() {
        return currentUser
                .require()
                .getPaysId()
                .orElseThrow(() -> new AccessDeniedException("Embassy post without a country"));
    }
}
