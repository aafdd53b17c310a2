package fr.coopdec.assises;

import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.db.RetryingTransactions;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public registration, the personal link (see, change, cancel) and the waitlist.
 * <p>Every change of an event's registrations runs in {@link RetryingTransactions} and <em>locks first,
 * then reads</em>: its first statement locks the event row ({@link SeatCounter#lockEvent}); only then
 * are the registration, the event and the waitlist read, so they are the latest committed state and
 * two changes of the same event never work on each other's stale rows. A freed seat passes straight to
 * the first person waiting (by registration order), so nobody jumps the queue. What can be checked
 * without the lock (fields, referential, tokens) is done before it, to keep the lock short.
 * <p>One active registration per person (normalised e-mail) and event: the unique key on the generated
 * column {@code email_actif} holds it; a second registration of the same address is not an error, it
 * answers with the existing registration (without its token) and e-mails its personal link again to
 * that address only.
 */
@Service
public class InscriptionService {

    static final List<StatutInscription> TIENNENT_PLACE =
            List.of(StatutInscription.CONFIRMEE, StatutInscription.A_VALIDER);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final EvenementRepository evenements;
    private final SessionRepository sessions;
    private final InscriptionRepository inscriptions;
    private final ChoixSessionRepository choix;
    private final SeatCounter seats;
    private final AssisesMails mails;
    private final Validator validator;
    private final ReferentialQueries referential;
    private final RetryingTransactions transactions;
    private final RegistrationOrigins origins;
    private final Clock clock;
    private final RegistrationBatches groupes = new RegistrationBatches(this::inscrireEnGroupe);

    InscriptionService(
            EvenementRepository evenements,
            SessionRepository sessions,
            InscriptionRepository inscriptions,
            ChoixSessionRepository choix,
            SeatCounter seats,
            AssisesMails mails,
            Validator validator,
            ReferentialQueries referential,
            RetryingTransactions transactions,
            RegistrationOrigins origins,
            Clock clock) {
        this.evenements = evenements;
        this.sessions = sessions;
        this.inscriptions = inscriptions;
        this.choix = choix;
        this.seats = seats;
        this.mails = mails;
        this.validator = validator;
        this.referential = referential;
        this.transactions = transactions;
        this.origins = origins;
        this.clock = clock;
    }

    /** Today in Paris: the registration window's days are Paris days. */
    public LocalDate aujourdhui() {
        return LocalDate.now(clock.withZone(PARIS));
    }

    /**
     * Registers one person or a delegation; anonymous. Throws {@link InscriptionsFermees} outside the
     * registration window and {@link SessionComplete} when full and no waitlist wanted (nothing saved).
     * A person already registered (same normalised e-mail, active) gets a line {@code dejaInscrit} and
     * the personal link by e-mail; the other people of a delegation are registered.
     */
    public ResultatInscription inscrire(long evenementId, DemandeInscription demande) {
        return inscrire(evenementId, demande, null);
    }

    /**
     * The same for an anonymous client (public form, open API): {@code adresseClient} is noted with the
     * registrations made, for the organiser's view of floods ({@link OrigineService}).
     */
    public ResultatInscription inscrire(long evenementId, DemandeInscription demande, String adresseClient) {
        Set<ConstraintViolation<DemandeInscription>> violations = validator.validate(demande);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        verifierCollectivites(demande.participants());
        List<String> emails = emailsDistincts(demande.participants());
        return groupes.submit(evenementId, new RegistrationBatches.Request(demande, emails, adresseClient));
    }

    /**
     * Registers a batch of requests for one event in one transaction, under one lock of the event row
     * and one commit (see {@link RegistrationBatches}), in their order of arrival. One result per request.
     */
    private List<ResultatInscription> inscrireEnGroupe(long evenementId, List<RegistrationBatches.Request> lot) {
        return transactions.run(() -> {
            SeatCounter.BatchSeats places = seats.lockEventForBatch(evenementId)
                    .orElseThrow(() -> new BusinessException("assises.erreur.evenement-introuvable"));
            // One read of the batch's people already registered (after the lock): the inserts of the batch
            // then go to the database together instead of being flushed before each query.
            List<String> emailsDuLot =
                    lot.stream().flatMap(r -> r.emails().stream()).distinct().toList();
            Map<String, Inscription> actives = new HashMap<>();
            inscriptions
                    .findByEvenementIdAndEmailActifIn(evenementId, emailsDuLot)
                    .forEach(i -> actives.put(normaliser(i.getEmail()), i));
            List<ResultatInscription> resultats = new ArrayList<>();
            List<RegistrationOrigins.Origin> origines = new ArrayList<>();
            for (RegistrationBatches.Request r : lot) {
                ResultatInscription resultat =
                        inscrireVerrouille(evenementId, r.demande(), r.emails(), actives, places);
                resultats.add(resultat);
                if (r.adresseClient() != null) {
                    resultat.lignes().stream()
                            .filter(l -> !l.dejaInscrit())
                            .forEach(l -> origines.add(new RegistrationOrigins.Origin(l.id(), r.adresseClient())));
                }
            }
            seats.writeBatch(places);
            if (!origines.isEmpty()) {
                inscriptions.flush();
                origins.record(origines);
            }
            seats.recordBatch(lot.size());
            return resultats;
        });
    }

    /**
     * Caller holds the event lock. {@code actives}: the event's active registrations by normalised e-mail
     * among the batch's addresses, completed here with those this request registers.
     */
    private ResultatInscription inscrireVerrouille(
            long evenementId,
            DemandeInscription demande,
            List<String> emails,
            Map<String, Inscription> actives,
            SeatCounter.BatchSeats places) {
        Evenement evenement = evenements
                .findById(evenementId)
                .orElseThrow(() -> new BusinessException("assises.erreur.evenement-introuvable"));
        if (demande.participants().size() > evenement.getMaxParticipantsParDemande()) {
            throw new ChampInvalide(
                    "participants",
                    String.valueOf(demande.participants().size()),
                    "assises.erreur.trop-de-participants",
                    evenement.getMaxParticipantsParDemande());
        }
        EtatInscriptions etat = evenement.etatInscriptions(aujourdhui());
        if (etat != EtatInscriptions.OUVERTES) {
            throw new InscriptionsFermees(evenement, etat);
        }
        Map<String, Inscription> existantes = new HashMap<>();
        for (String email : emails) {
            Inscription active = actives.get(email);
            if (active != null) {
                existantes.put(email, active);
            }
        }
        List<SessionProgramme> choisies = sessionsDe(evenementId, demande.sessions());
        String delegation = demande.participants().size() - existantes.size() > 1 ? jeton() : null;
        List<ResultatInscription.Ligne> lignes = new ArrayList<>();
        for (Participant p : demande.participants()) {
            Inscription deja = existantes.get(normaliser(p.email()));
            if (deja != null) {
                mails.lienRenvoye(deja);
                // The name typed in this request, not the registered one: an address alone does not reveal a name.
                lignes.add(new ResultatInscription.Ligne(
                        deja.getId(),
                        null,
                        p.prenom().trim() + " " + p.nom().trim(),
                        deja.getStatut(),
                        List.of(),
                        true));
                continue;
            }
            Inscription inscription = new Inscription(evenement, p, jeton(), jeton(), delegation, demande.langue());
            if (places.take()) {
                inscription.setStatut(
                        evenement.isApprobationRequise() ? StatutInscription.A_VALIDER : StatutInscription.CONFIRMEE);
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
                choisies.forEach(
                        s -> inscription.getChoix().add(new ChoixSession(inscription, s, StatutChoix.EN_ATTENTE)));
            } else {
                throw new SessionComplete(null, evenement.getTitre());
            }
            inscriptions.save(inscription);
            actives.put(normaliser(p.email()), inscription);
            mails.confirmation(inscription);
            lignes.add(ligne(inscription));
        }
        return new ResultatInscription(lignes);
    }

    /** The normalised e-mails of a request; the same address twice in one request is refused (each person has their own link and badge). */
    private static List<String> emailsDistincts(List<Participant> participants) {
        List<String> emails = new ArrayList<>();
        for (int n = 0; n < participants.size(); n++) {
            String email = normaliser(participants.get(n).email());
            if (emails.contains(email)) {
                throw new ChampInvalide(
                        "participants[" + n + "].email", participants.get(n).email(), "assises.erreur.email-en-double");
            }
            emails.add(email);
        }
        return emails;
    }

    /** As the database's {@code email_actif}: LOWER(TRIM(email)). */
    static String normaliser(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
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

    /** Cancels through the personal link; the seats go to the first people waiting. Cancelling twice is harmless. */
    public void annulerParJeton(String jeton) {
        long evenementId = evenementDuJeton(jeton);
        transactions.run(() -> {
            seats.lockEvent(evenementId);
            liberer(inscriptionParJeton(jeton), StatutInscription.ANNULEE);
        });
    }

    /** Changes the session choices and accessibility needs through the personal link. */
    public void modifierParJeton(String jeton, Set<Long> sessionIds, String accessibilite, boolean accepteAttente) {
        long evenementId = evenementDuJeton(jeton);
        transactions.run(() -> {
            seats.lockEvent(evenementId);
            modifier(inscriptionParJeton(jeton), evenementId, sessionIds, accessibilite, accepteAttente);
        });
    }

    private void modifier(
            Inscription i, long evenementId, Set<Long> sessionIds, String accessibilite, boolean accepteAttente) {
        if (i.getStatut() == StatutInscription.ANNULEE || i.getStatut() == StatutInscription.REFUSEE) {
            throw new BusinessException("assises.erreur.inscription-close");
        }
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

    /** The event of a personal link, read before the transaction that locks it (an event id never changes). */
    private long evenementDuJeton(String jeton) {
        return inscriptions
                .evenementIdParJeton(jeton)
                .orElseThrow(() -> new BusinessException("assises.erreur.lien-invalide"));
    }

    private Inscription inscriptionParJeton(String jeton) {
        return inscriptions.findByJeton(jeton).orElseThrow(() -> new BusinessException("assises.erreur.lien-invalide"));
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
        List<SessionProgramme> tenues = i.getChoix().stream()
                .filter(c -> c.getStatut() == StatutChoix.CONFIRME)
                .map(ChoixSession::getSession)
                .sorted(Comparator.comparing(SessionProgramme::getId))
                .toList();
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
        return parId.values().stream()
                .sorted(Comparator.comparing(SessionProgramme::getId))
                .toList();
    }

    private void verifierCollectivites(List<Participant> participants) {
        for (int n = 0; n < participants.size(); n++) {
            Participant p = participants.get(n);
            if (p.collectiviteFrancaiseId() != null
                    && referential
                            .findCollectiviteFrancaise(p.collectiviteFrancaiseId())
                            .isEmpty()) {
                throw new ChampInvalide(
                        "participants[" + n + "].collectiviteFrancaiseId",
                        String.valueOf(p.collectiviteFrancaiseId()),
                        "assises.erreur.collectivite-inconnue");
            }
            if (p.collectivitePartenaireId() != null
                    && referential
                            .findCollectivitePartenaire(p.collectivitePartenaireId())
                            .isEmpty()) {
                throw new ChampInvalide(
                        "participants[" + n + "].collectivitePartenaireId",
                        String.valueOf(p.collectivitePartenaireId()),
                        "assises.erreur.collectivite-inconnue");
            }
        }
    }

    private static ResultatInscription.Ligne ligne(Inscription i) {
        return new ResultatInscription.Ligne(
                i.getId(),
                i.getJeton(),
                i.getNomComplet(),
                i.getStatut(),
                i.getChoix().stream()
                        .filter(c -> c.getStatut() == StatutChoix.EN_ATTENTE)
                        .map(c -> c.getSession().getId())
                        .toList(),
                false);
    }

    static String jeton() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
