package fr.coopdec.ficol;

import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.security.CoopDecUser;
import fr.coopdec.shared.security.CurrentUser;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a file: the applicant submits (refused with reasons when ineligible), AFD reviews the
 * eligibility, instructs with notes and sends it to the committee, which grants an amount or refuses;
 * the agreement is signed, tranches are paid (each after the previous report was approved), and the
 * final report closes the file. Each step checks the role, the scope and the current status, and is
 * written to the journal.
 */
@Service
public class FicolWorkflowService {

    /** Months after the end of the project (signature + duration) the final report is due. */
    static final int MOIS_RAPPORT_FINAL = 6;
    /** Months after a tranche its activity report is due. */
    static final int MOIS_RAPPORT_TRANCHE = 12;

    private final FicolDossierService dossiers;
    private final FicolDossierRepository repository;
    private final EligibiliteService eligibilite;
    private final JournalRepository journalRepository;
    private final Journal journal;
    private final CurrentUser currentUser;
    private final Clock clock;

    FicolWorkflowService(
            FicolDossierService dossiers,
            FicolDossierRepository repository,
            EligibiliteService eligibilite,
            JournalRepository journalRepository,
            Journal journal,
            CurrentUser currentUser,
            Clock clock) {
        this.dossiers = dossiers;
        this.repository = repository;
        this.eligibilite = eligibilite;
        this.journalRepository = journalRepository;
        this.journal = journal;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(noRollbackFor = EligibiliteException.class)
    @RolesAllowed({Roles.ADMIN, Roles.COLLECTIVITE})
    public FicolDossier deposer(long id) {
        FicolDossier d = demandeur(id, StatutDossier.BROUILLON);
        Eligibilite resultat = eligibilite.evaluer(d);
        if (!resultat.eligible()) {
            throw new EligibiliteException(resultat);
        }
        d.setDateDepot(today());
        return passer(d, StatutDossier.DEPOSE, "depot", null);
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.AFD})
    public FicolDossier ouvrirEligibilite(long id) {
        return passer(instructeur(id, StatutDossier.DEPOSE), StatutDossier.ELIGIBILITE, "eligibilite", null);
    }

    /** Checks the rules again (those in force on the submission date): instruction, or ineligible with the reasons. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.AFD})
    public FicolDossier conclureEligibilite(long id) {
        FicolDossier d = instructeur(id, StatutDossier.ELIGIBILITE);
        Eligibilite resultat = eligibilite.evaluer(d);
        if (resultat.eligible()) {
            return passer(d, StatutDossier.INSTRUCTION, "instruction", null);
        }
        d.setMotif(EligibiliteException.motifs(resultat, java.util.Locale.FRENCH));
        return passer(d, StatutDossier.INELIGIBLE, "ineligible", d.getMotif());
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.AFD})
    public FicolDossier ajouterNote(long id, String texte) {
        if (texte == null || texte.isBlank()) {
            throw new BusinessException("ficol.note.vide");
        }
        FicolDossier d = instructeur(
                id,
                StatutDossier.ELIGIBILITE,
                StatutDossier.INSTRUCTION,
                StatutDossier.COMITE,
                StatutDossier.ACCORDE,
                StatutDossier.CONVENTION_SIGNEE,
                StatutDossier.VERSEMENTS,
                StatutDossier.RAPPORT_FINAL);
        journal.ecrire(d, "note", texte.trim());
        return d;
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.AFD})
    public FicolDossier transmettreComite(long id) {
        FicolDossier d = instructeur(id, StatutDossier.INSTRUCTION);
        if (!journalRepository.existsByDossierIdAndAction(id, "note")) {
            throw new BusinessException("ficol.comite.note-requise");
        }
        return passer(d, StatutDossier.COMITE, "comite", null);
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.AFD})
    public FicolDossier accorder(long id, BigDecimal montant) {
        FicolDossier d = instructeur(id, StatutDossier.COMITE);
        if (montant == null || montant.signum() <= 0 || montant.compareTo(d.getMontantDemande()) > 0) {
            throw new BusinessException("ficol.decision.montant", d.getMontantDemande());
        }
        d.setMontantAccorde(montant);
        d.setDateComite(today());
        return passer(d, StatutDossier.ACCORDE, "accord", VerdictTexts.euros(montant, java.util.Locale.FRENCH));
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.AFD})
    public FicolDossier refuser(long id, String motif) {
        if (motif == null || motif.isBlank()) {
            throw new BusinessException("ficol.decision.motif-requis");
        }
        FicolDossier d = instructeur(id, StatutDossier.COMITE);
        d.setMotif(motif.trim());
        d.setDateComite(today());
        return passer(d, StatutDossier.REFUSE, "refus", d.getMotif());
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.AFD})
    public FicolDossier signerConvention(long id, LocalDate dateSignature) {
        FicolDossier d = instructeur(id, StatutDossier.ACCORDE);
        LocalDate date = dateSignature == null ? today() : dateSignature;
        if (date.isAfter(today()) || d.getDateComite() != null && date.isBefore(d.getDateComite())) {
            throw new BusinessException("ficol.convention.date", date, d.getDateComite());
        }
        d.setDateSignature(date);
        d.setEcheanceRapportFinal(date.plusMonths(d.getDureeMois() + (long) MOIS_RAPPORT_FINAL));
        return passer(d, StatutDossier.CONVENTION_SIGNEE, "convention", null);
    }

    /** Pays a tranche: the previous tranche's report must be approved and the total stay within the grant. */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.AFD})
    public FicolDossier verserTranche(long id, BigDecimal montant, LocalDate date) {
        FicolDossier d = instructeur(id, StatutDossier.CONVENTION_SIGNEE, StatutDossier.VERSEMENTS);
        List<Tranche> tranches = d.getTranches();
        if (!tranches.isEmpty() && tranches.get(tranches.size() - 1).getRapportApprouveLe() == null) {
            throw new BusinessException("ficol.tranche.rapport-non-approuve", tranches.size());
        }
        if (montant == null
                || montant.signum() <= 0
                || d.getMontantVerse().add(montant).compareTo(d.getMontantAccorde()) > 0) {
            throw new BusinessException(
                    "ficol.tranche.montant", d.getMontantAccorde().subtract(d.getMontantVerse()));
        }
        LocalDate le = date == null ? today() : date;
        // Committee, agreement, payments: in that order, and a payment is recorded once it has happened.
        if (le.isAfter(today())) {
            throw new BusinessException("ficol.tranche.date-future", le);
        }
        LocalDate previous = tranches.isEmpty()
                ? d.getDateSignature()
                : tranches.get(tranches.size() - 1).getDateVersement();
        if (previous != null && le.isBefore(previous)) {
            throw new BusinessException("ficol.tranche.date-ordre", le, previous);
        }
        Tranche t = d.addTranche(montant, le, le.plusMonths(MOIS_RAPPORT_TRANCHE));
        return passer(
                d,
                StatutDossier.VERSEMENTS,
                "versement",
                t.getNumero() + " — " + VerdictTexts.euros(montant, java.util.Locale.FRENCH));
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.COLLECTIVITE})
    public FicolDossier deposerRapportTranche(long id, int numero) {
        FicolDossier d = demandeur(id, StatutDossier.VERSEMENTS);
        Tranche t = tranche(d, numero);
        if (t.getRapportRecuLe() != null) {
            throw new BusinessException("ficol.tranche.rapport-deja-depose", numero);
        }
        t.setRapportRecuLe(today());
        journal.ecrire(d, "rapport-tranche", String.valueOf(numero));
        return repository.save(d);
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.AFD})
    public FicolDossier approuverRapportTranche(long id, int numero) {
        FicolDossier d = instructeur(id, StatutDossier.VERSEMENTS, StatutDossier.RAPPORT_FINAL);
        Tranche t = tranche(d, numero);
        if (t.getRapportRecuLe() == null) {
            throw new BusinessException("ficol.tranche.rapport-absent", numero);
        }
        t.setRapportApprouveLe(today());
        journal.ecrire(d, "approbation-tranche", String.valueOf(numero));
        return repository.save(d);
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.COLLECTIVITE})
    public FicolDossier deposerRapportFinal(long id) {
        FicolDossier d = demandeur(id, StatutDossier.VERSEMENTS);
        d.setRapportFinalRecuLe(today());
        return passer(d, StatutDossier.RAPPORT_FINAL, "rapport-final", null);
    }

    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.AFD})
    public FicolDossier cloturer(long id) {
        FicolDossier d = instructeur(id, StatutDossier.RAPPORT_FINAL);
        d.setDateCloture(today());
        return passer(d, StatutDossier.CLOS, "cloture", null);
    }

    private Tranche tranche(FicolDossier d, int numero) {
        return d.getTranches().stream()
                .filter(t -> t.getNumero() == numero)
                .findFirst()
                .orElseThrow(() -> new BusinessException("ficol.tranche.introuvable", numero));
    }

    private FicolDossier passer(FicolDossier d, StatutDossier statut, String action, String texte) {
        d.setStatut(statut);
        FicolDossier saved = repository.save(d);
        journal.ecrire(saved, action, texte);
        return saved;
    }

    private FicolDossier demandeur(long id, StatutDossier... attendus) {
        CoopDecUser user = currentUser.require();
        FicolDossier d = dossiers.charger(id);
        if (!FicolScope.isDemandeur(user, d)) {
            throw new AccessDeniedException("Not the applicant of FICOL file " + id);
        }
        return statut(d, attendus);
    }

    private FicolDossier instructeur(long id, StatutDossier... attendus) {
        if (!FicolScope.isInstructeur(currentUser.require())) {
            throw new AccessDeniedException("Only AFD instructs FICOL files");
        }
        return statut(dossiers.charger(id), attendus);
    }

    private static FicolDossier statut(FicolDossier d, StatutDossier... attendus) {
        Set<StatutDossier> ok = EnumSet.copyOf(List.of(attendus));
        if (!ok.contains(d.getStatut())) {
            throw new BusinessException("ficol.statut.action-impossible");
        }
        return d;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
