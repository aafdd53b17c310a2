package fr.coopdec.assises;

import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.CsvCells;
import fr.coopdec.shared.db.RetryingTransactions;
import fr.coopdec.shared.mail.MailService;
import fr.coopdec.shared.mail.MailSortant;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisers' side of registrations, limited to the events they manage. */
@Service
@RolesAllowed({Roles.ADMIN, Roles.ORGANISATEUR})
public class ParticipantsService {

    private final InscriptionRepository inscriptions;
    private final InscriptionService inscriptionService;
    private final SeatCounter seats;
    private final AssisesScope scope;
    private final AssisesMails mails;
    private final RetryingTransactions transactions;
    private final MailService mailService;

    ParticipantsService(
            InscriptionRepository inscriptions,
            InscriptionService inscriptionService,
            SeatCounter seats,
            AssisesScope scope,
            AssisesMails mails,
            RetryingTransactions transactions,
            MailService mailService) {
        this.transactions = transactions;
        this.mailService = mailService;
        this.inscriptions = inscriptions;
        this.inscriptionService = inscriptionService;
        this.seats = seats;
        this.scope = scope;
        this.mails = mails;
    }

    @Transactional(readOnly = true)
    public Page<Inscription> rechercher(long evenementId, FiltreParticipants filtre, Pageable pageable) {
        scope.exigerGestion(evenementId);
        String texte = filtre.texte() == null || filtre.texte().isBlank()
                ? null
                : filtre.texte().trim();
        return inscriptions.search(
                evenementId,
                texte == null ? null : "%" + texte.toLowerCase(Locale.ROOT) + "%",
                texte,
                filtre.categorie(),
                filtre.statut(),
                pageable);
    }

    @Transactional(readOnly = true)
    public long compter(long evenementId, FiltreParticipants filtre) {
        return rechercher(evenementId, filtre, Pageable.ofSize(1)).getTotalElements();
    }

    /** Confirmed participants by category, in category order (one GROUP BY). */
    @Transactional(readOnly = true)
    public Map<CategorieParticipant, Long> confirmesParCategorie(long evenementId) {
        scope.exigerGestion(evenementId);
        Map<CategorieParticipant, Long> result = new LinkedHashMap<>();
        inscriptions
                .countByCategorie(evenementId, StatutInscription.CONFIRMEE)
                .forEach(row -> result.put((CategorieParticipant) row[0], (Long) row[1]));
        return result;
    }

    @Transactional(readOnly = true)
    public List<Inscription> confirmes(long evenementId) {
        scope.exigerGestion(evenementId);
        return inscriptions.findForExport(evenementId, List.of(StatutInscription.CONFIRMEE));
    }

    public void approuver(long inscriptionId) {
        changer(inscriptionId, i -> {
            if (i.getStatut() != StatutInscription.A_VALIDER) {
                throw new BusinessException("assises.erreur.pas-a-valider");
            }
            i.setStatut(StatutInscription.CONFIRMEE);
            mails.confirmation(i);
        });
    }

    public void refuser(long inscriptionId) {
        changer(inscriptionId, i -> inscriptionService.liberer(i, StatutInscription.REFUSEE));
    }

    public void annuler(long inscriptionId) {
        changer(inscriptionId, i -> inscriptionService.liberer(i, StatutInscription.ANNULEE));
    }

    /**
     * Changes a registration of a managed event: scope checked first, then, in a retried transaction,
     * the event row locked before the registration is read (every change is serialised per event).
     */
    private void changer(long inscriptionId, Consumer<Inscription> change) {
        long evenementId = inscriptions
                .evenementIdParId(inscriptionId)
                .orElseThrow(() -> new BusinessException("assises.erreur.inscription-introuvable"));
        scope.exigerGestion(evenementId);
        transactions.run(() -> {
            seats.lockEvent(evenementId);
            change.accept(inscriptions
                    .findById(inscriptionId)
                    .orElseThrow(() -> new BusinessException("assises.erreur.inscription-introuvable")));
        });
    }

    /** The event's e-mails that could not be sent (after every retry), newest first. */
    public List<MailSortant> courrielsEnEchec(long evenementId) {
        scope.exigerGestion(evenementId);
        return mailService.failed(AssisesMails.reference(evenementId));
    }

    /** Sends a failed e-mail of the event again (all retries again). */
    public void renvoyerCourriel(long evenementId, long mailId) {
        scope.exigerGestion(evenementId);
        if (!mailService.resend(mailId, AssisesMails.reference(evenementId))) {
            throw new BusinessException("assises.erreur.courriel-introuvable");
        }
    }

    /** All registrations of the event as CSV (UTF-8 with BOM for spreadsheet software, semicolons). */
    @Transactional(readOnly = true)
    public String csv(long evenementId) {
        scope.exigerGestion(evenementId);
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(
                out, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            CsvCells.printRecord(
                    printer,
                    "id",
                    "prenom",
                    "nom",
                    "email",
                    "organisation",
                    "categorie",
                    "statut",
                    "delegation",
                    "accessibilite",
                    "sessions");
            for (Inscription i : inscriptions.findForExport(evenementId, List.of(StatutInscription.values()))) {
                CsvCells.printRecord(
                        printer,
                        i.getId(),
                        i.getPrenom(),
                        i.getNom(),
                        i.getEmail(),
                        i.getOrganisation(),
                        i.getCategorie(),
                        i.getStatut(),
                        i.getDelegation(),
                        i.getAccessibilite(),
                        String.join(
                                " | ",
                                i.getChoix().stream()
                                        .map(c -> c.getSession().getTitre() + " (" + c.getStatut() + ")")
                                        .toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
