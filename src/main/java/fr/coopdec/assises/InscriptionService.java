package fr.coopdec.assises;

import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.shared.BusinessException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public registration, the personal link (see, change, cancel) and the waitlist. Each change starts by
 * locking the event row, then takes or frees seats through {@link SeatCounter}; a freed seat passes
 * straight to the first person waiting (by registration order), so nobody jumps the queue.
 */
@Service
public class InscriptionService {

    static final List<StatutInscription> TIENNENT_PLACE = List.of(StatutInscription.CONFIRMEE, StatutInscription.A_VALIDER);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EvenementRepository evenements;
    private final SessionRepository sessions;
    private final InscriptionRepository inscriptions;
    private final ChoixSessionRepository choix;
    private final SeatCounter seats;
    private final AssisesMails mails;
    private final Validator validator;
    private final ReferentialQueries referential;

    InscriptionService(EvenementRepository evenements, SessionRepository sessions, InscriptionRepository inscriptions,
                       ChoixSessionRepository choix, SeatCounter seats, AssisesMails mails, Validator validator,
                       ReferentialQueries referential) {
        this.evenements = evenements;
        this.sessions = sessions;
        this.inscriptions = inscriptions;
        this.choix = choix;
        this.seats = seats;
        this.mails = mails;
        this.validator = validator;
        this.referential = referential;
    }

    /** Registers one person or a delegation; anonymous. Throws {@link SessionComplete} (nothing saved) when full and no waitlist wanted. */
    @Transactional
    public ResultatInscription inscrire(long evenementId, DemandeInscription demande) {
        Set<ConstraintViolation<DemandeInscription>> violations = validator.validate(demande);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        verifierCollectivites(demande.participants());
        seats.lockEvent(evenementId);
        Evenement evenement = evenements.findById(evenementId)
                .orElseThrow(() -> new BusinessException("assises.erreur.evenement-introuvable"));
        if (demande.participants().size() > evenement.getMaxParticipantsParDemande()) {
            throw new ChampInvalide("participants", String.valueOf(demande.participants().size()),
                    "assises.erreur.trop-de-participants", evenement.getMaxParticipantsParDemande());
        }
        List<SessionProgramme> choisies = sessionsDe(evenementId, demande.sessions());
        String delegation = demande.participants().size() > 1 ? jeton() : null;
        List<ResultatInscription.Ligne> lignes = new ArrayList<>();
        for (Participant p : demande.participants()) {
            Inscription inscription = new Inscription(evenement, p, jeton(), jeton(), delegation, demande.langue());
            if (seats.takeEventSeat(evenementId)) {
                inscription.setStatut(evenement.isApprobationRequise() ? StatutInscription.A_VALIDER : StatutInscription.CONFIRMEE);
                for (SessionProgramme s : choisies) {
                    if (seats.takeSessionSeat(s.getId())) {
                        inscription.getChoix().add(new ChoixSession(inscription, s, StatutChoix.CONFIRME));
                    } else if (demande.accepteAttente()) {
                        inscription.getChoix().add(new ChoixSession(inscription, s, StatutChoix.EN_ATTENTE));
                    } else {
                        throw new SessionComplete(s.getId(), s.getTitre());
                    }
                }
            } else if (demande.accepteAttente()) {
                inscription.setStatut(StatutInscription.EN_ATTENTE);
                choisies.forEach(s -> inscription.getChoix().add(new ChoixSession(inscription, s, StatutChoix.EN_ATTENTE)));
            } else {
                throw new SessionComplete(null, evenement.getTitre());
            }
            inscriptions.save(inscription);
            mails.confirmation(inscription);
            lignes.add(ligne(inscription));
        }
        return new ResultatInscription(lignes);
    }

    @Transactional(readOnly = true)
    public Optional<Inscription> parJeton(String jeton) {
        Optional<Inscription> found = inscriptions.findByJeton(jeton);
        found.ifPresent(i -> {
            i.getEvenement().getTitre();
            i.getChoix().forEach(c -> c.getSession().getTitre());
        });
        return found;
    }

    /** Cancels through the personal link; the seats go to the first people waiting. */
    @Transactional
    public void annulerParJeton(String jeton) {
        Inscription i = inscriptions.findByJeton(jeton).orElseThrow(() -> new BusinessException("assises.erreur.lien-invalide"));
        seats.lockEvent(i.getEvenement().getId());
        liberer(i, StatutInscription.ANNULEE);
    }

    /** Changes the session choices and accessibility needs through the personal link. */
    @Transactional
    public void modifierParJeton(String jeton, Set<Long> sessionIds, String accessibilite, boolean accepteAttente) {
        Inscription i = inscriptions.findByJeton(jeton).orElseThrow(() -> new BusinessException("assises.erreur.lien-invalide"));
        if (i.getStatut() == StatutInscription.ANNULEE || i.getStatut() == StatutInscription.REFUSEE) {
            throw new BusinessException("assises.erreur.inscription-close");
        }
        long evenementId = i.getEvenement().getId();
        seats.lockEvent(evenementId);
        i.setAccessibilite(accessibilite);
        Set<Long> voulues = new HashSet<>(sessionIds);
        for (ChoixSession c : List.copyOf(i.getChoix())) {
            if (!voulues.remove(c.getSession().getId())) {
                i.getChoix().remove(c);
                if (c.getStatut() == StatutChoix.CONFIRME) {
                    inscriptions.flush();
                    cederPlaceSession(c.getSession());
                }
            }
        }
        for (SessionProgramme s : sessionsDe(evenementId, voulues)) {
            if (i.getStatut().tientUnePlace() && seats.takeSessionSeat(s.getId())) {
                i.getChoix().add(new ChoixSession(i, s, StatutChoix.CONFIRME));
            } else if (accepteAttente || !i.getStatut().tientUnePlace()) {
                i.getChoix().add(new ChoixSession(i, s, StatutChoix.EN_ATTENTE));
            } else {
                throw new SessionComplete(s.getId(), s.getTitre());
            }
        }
    }

    /** Frees what the registration holds and gives it to the first people waiting. Caller holds the event lock. */
    void liberer(Inscription i, StatutInscription nouveau) {
        StatutInscription ancien = i.getStatut();
        if (ancien == StatutInscription.ANNULEE || ancien == StatutInscription.REFUSEE) {
            return;
        }
        i.setStatut(nouveau);
        if (!ancien.tientUnePlace()) {
            return;
        }
        List<SessionProgramme> tenues = i.getChoix().stream().filter(c -> c.getStatut() == StatutChoix.CONFIRME)
                .map(ChoixSession::getSession).sorted(Comparator.comparing(SessionProgramme::getId)).toList();
        i.getChoix().forEach(c -> c.setStatut(StatutChoix.EN_ATTENTE));
        inscriptions.flush();
        cederPlaceEvenement(i.getEvenement());
        tenues.forEach(this::cederPlaceSession);
    }

    private void cederPlaceEvenement(Evenement evenement) {
        Optional<Inscription> suivant = inscriptions.findFirstByEvenementIdAndStatutOrderByIdAsc(
                evenement.getId(), StatutInscription.EN_ATTENTE);
        if (suivant.isEmpty()) {
            seats.releaseEventSeat(evenement.getId());
            return;
        }
        Inscription promue = suivant.get();
        promue.setStatut(evenement.isApprobationRequise() ? StatutInscription.A_VALIDER : StatutInscription.CONFIRMEE);
        for (ChoixSession c : promue.getChoix()) {
            if (seats.takeSessionSeat(c.getSession().getId())) {
                c.setStatut(StatutChoix.CONFIRME);
            }
        }
        inscriptions.flush();
        mails.promotion(promue);
    }

    private void cederPlaceSession(SessionProgramme session) {
        Optional<ChoixSession> suivant = choix.findFirstBySessionIdAndStatutAndInscriptionStatutInOrderByIdAsc(
                session.getId(), StatutChoix.EN_ATTENTE, TIENNENT_PLACE);
        if (suivant.isEmpty()) {
            seats.releaseSessionSeat(session.getId());
            return;
        }
        suivant.get().setStatut(StatutChoix.CONFIRME);
        inscriptions.flush();
        mails.sessionPromue(suivant.get().getInscription(), session);
    }

    private List<SessionProgramme> sessionsDe(long evenementId, Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, SessionProgramme> parId = sessions.findAllById(ids).stream()
                .collect(Collectors.toMap(SessionProgramme::getId, Function.identity()));
        for (Long id : ids) {
            SessionProgramme s = parId.get(id);
            if (s == null || !s.getEvenement().getId().equals(evenementId)) {
                throw new ChampInvalide("sessions", String.valueOf(id), "assises.erreur.session-inconnue");
            }
        }
        // Lock order: sessions by id, after the event.
        return parId.values().stream().sorted(Comparator.comparing(SessionProgramme::getId)).toList();
    }

    private void verifierCollectivites(List<Participant> participants) {
        for (int n = 0; n < participants.size(); n++) {
            Participant p = participants.get(n);
            if (p.collectiviteFrancaiseId() != null
                    && referential.findCollectiviteFrancaise(p.collectiviteFrancaiseId()).isEmpty()) {
                throw new ChampInvalide("participants[" + n + "].collectiviteFrancaiseId",
                        String.valueOf(p.collectiviteFrancaiseId()), "assises.erreur.collectivite-inconnue");
            }
            if (p.collectivitePartenaireId() != null
                    && referential.findCollectivitePartenaire(p.collectivitePartenaireId()).isEmpty()) {
                throw new ChampInvalide("participants[" + n + "].collectivitePartenaireId",
                        String.valueOf(p.collectivitePartenaireId()), "assises.erreur.collectivite-inconnue");
            }
        }
    }

    private static ResultatInscription.Ligne ligne(Inscription i) {
        return new ResultatInscription.Ligne(i.getId(), i.getJeton(), i.getNomComplet(), i.getStatut(),
                i.getChoix().stream().filter(c -> c.getStatut() == StatutChoix.EN_ATTENTE)
                        .map(c -> c.getSession().getId()).toList());
    }

    static String jeton() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
