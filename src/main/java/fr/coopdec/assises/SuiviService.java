package fr.coopdec.assises;

import fr.coopdec.atlas.PartenariatService;
import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Outcomes of sessions and follow-up actions; reading is public, writing is for the event's organisers. */
@Service
public class SuiviService {

    private final ResultatRepository resultats;
    private final ActionSuiviRepository actions;
    private final SessionRepository sessions;
    private final EvenementRepository evenements;
    private final AssisesScope scope;
    private final PartenariatService partenariats;

    SuiviService(
            ResultatRepository resultats,
            ActionSuiviRepository actions,
            SessionRepository sessions,
            EvenementRepository evenements,
            AssisesScope scope,
            PartenariatService partenariats) {
        this.resultats = resultats;
        this.actions = actions;
        this.sessions = sessions;
        this.evenements = evenements;
        this.scope = scope;
        this.partenariats = partenariats;
    }

    @Transactional(readOnly = true)
    public List<Resultat> resultats(long evenementId) {
        List<Resultat> liste = resultats.findBySessionEvenementIdOrderBySessionDebutAscIdAsc(evenementId);
        liste.forEach(r -> r.getSession().getTitre());
        return liste;
    }

    @Transactional(readOnly = true)
    public List<ActionSuivi> actions(long evenementId) {
        return actions.findByEvenementIdOrderByEcheanceAscIdAsc(evenementId);
    }

    @Transactional(readOnly = true)
    public Avancement avancement(long evenementId) {
        List<ActionSuivi> liste = actions(evenementId);
        return new Avancement(
                liste.size(),
                liste.stream()
                        .filter(a -> a.getStatut() == ActionSuivi.Statut.FAITE)
                        .count(),
                liste.stream()
                        .filter(a -> a.getStatut() == ActionSuivi.Statut.EN_COURS)
                        .count());
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.ORGANISATEUR})
    public Resultat ajouterResultat(long sessionId, Resultat.Type type, String texte) {
        SessionProgramme s = sessions.findById(sessionId)
                .orElseThrow(() -> new BusinessException("assises.erreur.session-inconnue", sessionId));
        scope.exigerGestion(s.getEvenement().getId());
        if (texte == null || texte.isBlank()) {
            throw new BusinessException("assises.erreur.texte-requis");
        }
        return resultats.save(new Resultat(s, type, texte.trim()));
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.ORGANISATEUR})
    public ActionSuivi ajouterAction(
            long evenementId,
            Long sessionId,
            String intitule,
            String responsable,
            LocalDate echeance,
            Long partenariatId) {
        scope.exigerGestion(evenementId);
        if (intitule == null || intitule.isBlank() || responsable == null || responsable.isBlank()) {
            throw new BusinessException("assises.erreur.action-incomplete");
        }
        if (partenariatId != null && partenariats.findDetail(partenariatId).isEmpty()) {
            throw new BusinessException("assises.erreur.partenariat-inconnu", partenariatId);
        }
        Evenement e = evenements
                .findById(evenementId)
                .orElseThrow(() -> new BusinessException("assises.erreur.evenement-introuvable"));
        return actions.save(
                new ActionSuivi(e, sessionId, intitule.trim(), responsable.trim(), echeance, partenariatId));
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.ORGANISATEUR})
    public void changerStatut(long actionId, ActionSuivi.Statut statut) {
        ActionSuivi a =
                actions.findById(actionId).orElseThrow(() -> new BusinessException("assises.erreur.action-inconnue"));
        scope.exigerGestion(a.getEvenement().getId());
        a.setStatut(statut);
    }
}
