package fr.coopdec.pact3;

import fr.coopdec.security.Utilisateur;
import fr.coopdec.security.UtilisateurFilter;
import fr.coopdec.security.UtilisateurService;
import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.mail.MailService;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The jury: DAECT assigns jurors to submitted applications; a juror sees only the applications
 * assigned to them, declares no conflict of interest, then scores each criterion 0–5; DAECT ranks by
 * weighted average and decides (label valid three years), the authority being told by e-mail.
 */
@Service
public class JuryService {

    public static final int LABEL_ANNEES = 3;

    private final JureRepository jures;
    private final CandidatureRepository candidatures;
    private final UtilisateurService utilisateurs;
    private final MailService mail;
    private final Pact3Scope scope;
    private final Clock clock;

    JuryService(
            JureRepository jures,
            CandidatureRepository candidatures,
            UtilisateurService utilisateurs,
            MailService mail,
            Pact3Scope scope,
            Clock clock) {
        this.jures = jures;
        this.candidatures = candidatures;
        this.utilisateurs = utilisateurs;
        this.mail = mail;
        this.scope = scope;
        this.clock = clock;
    }

    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public Jure assigner(long candidatureId, String email) {
        Candidature c = candidatures
                .findById(candidatureId)
                .orElseThrow(() -> new BusinessException("pact3.candidature.introuvable"));
        if (c.getStatut() != StatutCandidature.SOUMISE) {
            throw new BusinessException("pact3.jury.candidature-non-soumise");
        }
        String wanted = email == null ? "" : email.trim();
        Utilisateur user = utilisateurs.find(new UtilisateurFilter(wanted, null), PageRequest.of(0, 20)).stream()
                .filter(u -> u.getEmail().equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new BusinessException("pact3.jury.utilisateur-inconnu", wanted));
        if (user.getCollectiviteFrancaise() != null
                && user.getCollectiviteFrancaise().getId().equals(c.getCollectiviteFrancaiseId())) {
            throw new BusinessException("pact3.jury.meme-collectivite");
        }
        if (jures.existsByCandidatureIdAndUtilisateurId(candidatureId, user.getId())) {
            throw new BusinessException("pact3.jury.deja-assigne", user.getEmail());
        }
        return jures.save(new Jure(c, user.getId(), user.getEmail()));
    }

    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public List<Jure> juresDe(long candidatureId) {
        return jures.findByCandidature(candidatureId);
    }

    /** The assignments of the signed-in user, whatever their role: a juror sees nothing else. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Page<Jure> mesEvaluations(Pageable pageable) {
        return jures.findByUtilisateur(scope.user().getId(), pageable);
    }

    /** Whether the signed-in user has applications to score (false for an anonymous reader). */
    @Transactional(readOnly = true)
    public boolean estJure() {
        return scope.current()
                .map(user -> jures.existsByUtilisateurId(user.getId()))
                .orElse(false);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Jure evaluation(long jureId) {
        return own(jureId);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Jure declarerSansConflit(long jureId) {
        Jure jure = own(jureId);
        jure.declarerSansConflit(clock.instant());
        return jures.save(jure);
    }

    /** Scores every criterion of the call, 0 to 5; only after the declaration, before the decision. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Jure noter(long jureId, List<Note> notes) {
        Jure jure = own(jureId);
        if (jure.getSansConflitLe() == null) {
            throw new BusinessException("pact3.jury.conflit-non-declare");
        }
        if (jure.getCandidature().getStatut() != StatutCandidature.SOUMISE) {
            throw new BusinessException("pact3.jury.deja-decidee");
        }
        int criteres = jure.getCandidature().getAppel().getCriteres().size();
        if (notes.size() != criteres
                || notes.stream().map(Note::getCriterePosition).distinct().count() != criteres
                || notes.stream().anyMatch(n -> n.getCriterePosition() < 0 || n.getCriterePosition() >= criteres)) {
            throw new BusinessException("pact3.jury.notes-incompletes");
        }
        if (notes.stream().anyMatch(n -> n.getValeur() < 0 || n.getValeur() > 5)) {
            throw new BusinessException("pact3.jury.note-hors-bornes");
        }
        jure.noter(notes, clock.instant());
        return jures.save(jure);
    }

    /** Submitted and decided applications of a call, best average first; unscored ones last. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.ADMIN)
    public List<Classement> classement(long appelId) {
        Map<Long, List<Jure>> parCandidature = jures.findByAppel(appelId).stream()
                .collect(Collectors.groupingBy(j -> j.getCandidature().getId()));
        List<Classement> lignes = new ArrayList<>();
        for (Candidature c : candidatures.findByAppel(
                appelId,
                List.of(StatutCandidature.SOUMISE, StatutCandidature.LABELLISEE, StatutCandidature.NON_LABELLISEE))) {
            List<Jure> sesJures = parCandidature.getOrDefault(c.getId(), List.of());
            List<OptionalDouble> moyennes = sesJures.stream()
                    .map(Jure::moyennePonderee)
                    .filter(OptionalDouble::isPresent)
                    .toList();
            Double moyenne = moyennes.isEmpty()
                    ? null
                    : moyennes.stream()
                            .mapToDouble(OptionalDouble::getAsDouble)
                            .average()
                            .orElse(0);
            lignes.add(new Classement(c, moyenne, moyennes.size(), sesJures.size(), 0));
        }
        lignes.sort(Comparator.comparing((Classement l) -> l.moyenne() == null ? -1 : l.moyenne())
                .reversed()
                .thenComparing(l -> l.candidature().getCollectiviteNom()));
        List<Classement> classes = new ArrayList<>();
        for (int i = 0; i < lignes.size(); i++) {
            Classement l = lignes.get(i);
            classes.add(new Classement(
                    l.candidature(), l.moyenne(), l.notes(), l.jures(), l.moyenne() == null ? 0 : i + 1));
        }
        return classes;
    }

    /** Labels (valid three years) or not; needs at least one score and a reason, e-mailed to the applicant. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public Candidature decider(long candidatureId, boolean labellisee, String motif) {
        Candidature c = candidatures
                .findById(candidatureId)
                .orElseThrow(() -> new BusinessException("pact3.candidature.introuvable"));
        if (c.getStatut() != StatutCandidature.SOUMISE) {
            throw new BusinessException("pact3.jury.deja-decidee");
        }
        if (motif == null || motif.isBlank()) {
            throw new BusinessException("pact3.decision.motif-requis");
        }
        if (jures.findByCandidature(candidatureId).stream().noneMatch(j -> j.getNoteLe() != null)) {
            throw new BusinessException("pact3.decision.sans-note");
        }
        LocalDate jusquAu = LocalDate.now(clock).plusYears(LABEL_ANNEES);
        c.decider(labellisee, motif.trim(), jusquAu);
        Candidature saved = candidatures.save(c);
        if (labellisee) {
            mail.sendTranslated(
                    c.getContactEmail(),
                    "pact3.mail.label.sujet",
                    "pact3.mail.label.corps",
                    c.getAppel().getIntitule(),
                    jusquAu,
                    motif.trim());
        } else {
            mail.sendTranslated(
                    c.getContactEmail(),
                    "pact3.mail.refus.sujet",
                    "pact3.mail.refus.corps",
                    c.getAppel().getIntitule(),
                    motif.trim());
        }
        return saved;
    }

    private Jure own(long jureId) {
        Jure jure = jures.findById(jureId).orElseThrow(() -> new BusinessException("pact3.jury.introuvable"));
        if (!jure.getUtilisateurId().equals(scope.user().getId())) {
            throw new AccessDeniedException("Assignment " + jureId + " is not the user's");
        }
        return jure;
    }
}
