package fr.coopdec.assises;

import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.security.CoopDecUser;
import fr.coopdec.shared.security.Role;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Events: public reading; creation by DAECT; editing by DAECT or the event's organisers. */
@Service
public class EvenementService {

    private final EvenementRepository evenements;
    private final SessionRepository sessions;
    private final AssisesScope scope;
    private final SeatCounter seats;
    private final UserDetailsService users;

    EvenementService(
            EvenementRepository evenements,
            SessionRepository sessions,
            AssisesScope scope,
            SeatCounter seats,
            UserDetailsService users) {
        this.users = users;
        this.evenements = evenements;
        this.sessions = sessions;
        this.scope = scope;
        this.seats = seats;
    }

    @Transactional(readOnly = true)
    public List<Evenement> publics() {
        return evenements.findAllByOrderByDateDebutDesc();
    }

    @Transactional(readOnly = true)
    public Optional<Evenement> find(long id) {
        return evenements.findById(id);
    }

    /** The programme, in time order, speakers loaded. */
    @Transactional(readOnly = true)
    public List<SessionProgramme> programme(long evenementId) {
        return sessions.findByEvenementIdOrderByDebutAscSalleAsc(evenementId);
    }

    /** The events the signed-in organiser manages (all for DAECT). */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.ORGANISATEUR})
    public List<Evenement> geres() {
        return scope.isAdmin()
                ? evenements.findAllByOrderByDateDebutDesc()
                : evenements.findByIdInOrderByDateDebutDesc(scope.evenementsGeres());
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.ADMIN, Roles.ORGANISATEUR})
    public Evenement pourGestion(long id) {
        scope.exigerGestion(id);
        return evenements.findById(id).orElseThrow(() -> new BusinessException("assises.erreur.evenement-introuvable"));
    }

    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public Evenement creer(Evenement evenement) {
        return evenements.save(evenement);
    }

    /** READ COMMITTED: the seats counted after the lock are the latest ones, not a snapshot from before it. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @RolesAllowed({Roles.ADMIN, Roles.ORGANISATEUR})
    public Evenement enregistrer(Evenement evenement) {
        scope.exigerGestion(evenement.getId());
        seats.lockEvent(evenement.getId());
        if (evenement.getCapacite() < seats.eventSeatsTaken(evenement.getId())) {
            throw new BusinessException("assises.erreur.capacite-trop-basse");
        }
        return evenements.save(evenement);
    }

    /** Gives an organiser account (by e-mail) the management of an event; DAECT only. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void affecterOrganisateur(long evenementId, String email) {
        CoopDecUser user;
        try {
            user = users.loadUserByUsername(email == null ? "" : email.trim()) instanceof CoopDecUser u ? u : null;
        } catch (UsernameNotFoundException e) {
            user = null;
        }
        if (user == null || !user.hasRole(Role.ORGANISATEUR)) {
            throw new BusinessException("assises.erreur.pas-organisateur", email);
        }
        scope.affecter(evenementId, user.getId());
    }
}
