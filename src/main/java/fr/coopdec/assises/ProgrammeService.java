package fr.coopdec.assises;

import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The programme of an event, edited by its organisers, with its conflicts found and explained. */
@Service
public class ProgrammeService {

    private final EvenementRepository evenements;
    private final SessionRepository sessions;
    private final AssisesScope scope;

    ProgrammeService(EvenementRepository evenements, SessionRepository sessions, AssisesScope scope) {
        this.evenements = evenements;
        this.sessions = sessions;
        this.scope = scope;
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.ORGANISATEUR})
    public SessionProgramme ajouter(
            long evenementId,
            String titre,
            TypeSession type,
            String salle,
            java.time.LocalDateTime debut,
            java.time.LocalDateTime fin,
            int capacite,
            List<Intervenant> intervenants) {
        scope.exigerGestion(evenementId);
        if (titre == null
                || titre.isBlank()
                || salle == null
                || salle.isBlank()
                || debut == null
                || fin == null
                || type == null) {
            throw new BusinessException("assises.erreur.session-incomplete");
        }
        if (!fin.isAfter(debut)) {
            throw new BusinessException("assises.erreur.session-horaires");
        }
        if (capacite < 1) {
            throw new BusinessException("assises.erreur.session-capacite");
        }
        Evenement evenement = evenements
                .findById(evenementId)
                .orElseThrow(() -> new BusinessException("assises.erreur.evenement-introuvable"));
        SessionProgramme session =
                new SessionProgramme(evenement, titre.trim(), type, salle.trim(), debut, fin, capacite);
        session.setIntervenants(intervenants);
        return sessions.save(session);
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.ORGANISATEUR})
    public void supprimer(long sessionId) {
        SessionProgramme s = sessions.findById(sessionId)
                .orElseThrow(() -> new BusinessException("assises.erreur.session-inconnue", sessionId));
        scope.exigerGestion(s.getEvenement().getId());
        if (s.getPlacesPrises() > 0) {
            throw new BusinessException("assises.erreur.session-avec-inscrits");
        }
        sessions.delete(s);
    }

    /** Every pair of sessions sharing a room, or a speaker, at overlapping times. */
    @Transactional(readOnly = true)
    public List<Conflit> conflits(long evenementId) {
        List<SessionProgramme> liste = sessions.findByEvenementIdOrderByDebutAscSalleAsc(evenementId);
        List<Conflit> conflits = new ArrayList<>();
        for (int a = 0; a < liste.size(); a++) {
            for (int b = a + 1; b < liste.size(); b++) {
                SessionProgramme s1 = liste.get(a);
                SessionProgramme s2 = liste.get(b);
                if (!s1.chevauche(s2)) {
                    continue;
                }
                if (s1.getSalle().equalsIgnoreCase(s2.getSalle())) {
                    conflits.add(new Conflit(Conflit.Type.SALLE, s1.getSalle(), s1, s2));
                }
                Set<String> noms =
                        s1.getIntervenants().stream().map(Intervenant::cle).collect(Collectors.toSet());
                s2.getIntervenants().stream()
                        .filter(i -> noms.contains(i.cle()))
                        .forEach(i -> conflits.add(new Conflit(Conflit.Type.INTERVENANT, i.getNom(), s1, s2)));
            }
        }
        return conflits;
    }
}
