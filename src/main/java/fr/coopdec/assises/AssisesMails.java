package fr.coopdec.assises;

import fr.coopdec.shared.TranslationProvider;
import fr.coopdec.shared.abuse.LimiteurAnonyme;
import fr.coopdec.shared.mail.MailService;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Registration e-mails, in the participant's language, with the personal link. Written to the outbox in
 * the registration's own transaction (a rolled-back registration sends nothing) and sent after commit,
 * outside the event lock. Each mail is tagged with its event ({@link #reference}) so the event's
 * organisers see the ones that failed.
 */
@Component
class AssisesMails {

    private static final Logger log = LoggerFactory.getLogger(AssisesMails.class);

    private final MailService mailService;
    private final String baseUrl;
    private final LimiteurAnonyme limiteur;

    AssisesMails(
            MailService mailService,
            LimiteurAnonyme limiteur,
            @Value("${coopdec.base-url:http://localhost:8080}") String baseUrl) {
        this.limiteur = limiteur;
        this.mailService = mailService;
        this.baseUrl = baseUrl;
    }

    static String reference(long evenementId) {
        return "assises-evenement:" + evenementId;
    }

    String lienPersonnel(Inscription inscription) {
        return baseUrl + "/assises/inscription/" + inscription.getJeton();
    }

    /** The mail of a new registration; throttled per recipient address (anonymous requests choose it). */
    void confirmation(Inscription i) {
        if (!limiteur.courriel(i.getEmail())) {
            log.warn(
                    "Registration mail of registration {} not written: too many mails to that address this hour",
                    i.getId());
            return;
        }
        String cle =
                switch (i.getStatut()) {
                    case EN_ATTENTE -> "assises.mail.attente";
                    case A_VALIDER -> "assises.mail.a-valider";
                    default -> "assises.mail.confirmee";
                };
        envoyer(i, cle, i.getNomComplet(), i.getEvenement().getTitre(), lienPersonnel(i));
    }

    /** A second registration of the same person: the personal link again, to that person's address only. */
    void lienRenvoye(Inscription i) {
        envoyer(
                i,
                "assises.mail.deja-inscrit",
                i.getNomComplet(),
                i.getEvenement().getTitre(),
                lienPersonnel(i));
    }

    void promotion(Inscription i) {
        envoyer(i, "assises.mail.promue", i.getNomComplet(), i.getEvenement().getTitre(), lienPersonnel(i));
    }

    void sessionPromue(Inscription i, SessionProgramme s) {
        envoyer(
                i,
                "assises.mail.session-promue",
                i.getNomComplet(),
                s.getTitre(),
                i.getEvenement().getTitre(),
                lienPersonnel(i));
    }

    private void envoyer(Inscription i, String cle, Object... arguments) {
        Locale locale = "en".equals(i.getLangue()) ? TranslationProvider.ENGLISH : TranslationProvider.FRENCH;
        mailService.send(
                i.getEmail(),
                TranslationProvider.translate(cle + ".sujet", locale, arguments),
                TranslationProvider.translate(cle, locale, arguments)
                        + TranslationProvider.translate("mail.signature", locale),
                reference(i.getEvenement().getId()));
    }
}
