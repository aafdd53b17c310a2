package fr.coopdec.assises;

import fr.coopdec.shared.abuse.LimiteurAnonyme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import fr.coopdec.shared.TranslationProvider;
import fr.coopdec.shared.mail.MailService;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;

/**
 * Registration e-mails, in the participant's language, with the personal link; written to the outbox in
 * the registration's own transaction, so a rolled-back registration sends nothing.
 */
@Component
class AssisesMails {

    private static final Logger log = LoggerFactory.getLogger(AssisesMails.class);

    record Avis(String email, String langue, String sujetCle, String corpsCle, Object[] arguments) {
    }

    private final ApplicationEventPublisher events;
    private final String baseUrl;
    private final LimiteurAnonyme limiteur;
    private MailService mailService;

    AssisesMails(ApplicationEventPublisher events, MailService mailService, LimiteurAnonyme limiteur,
                 @Value("${coopdec.base-url:http://localhost:8080}") String baseUrl) {
        this.events = events;
        this.limiteur = limiteur;
        this.mailService = mailService;
        this.baseUrl = baseUrl;
    }

    String lienPersonnel(Inscription inscription) {
        return baseUrl + "/assises/inscription/" + inscription.getJeton();
    }

    /** The mail of a new registration; throttled per recipient address (anonymous requests choose it). */
    void confirmation(Inscription i) {
        if (!limiteur.courriel(i.getEmail())) {
            log.warn("Registration mail to {} not written: too many mails to that address this hour", i.getEmail());
            return;
        }
        String cle = switch (i.getStatut()) {
            case EN_ATTENTE -> "assises.mail.attente";
            case A_VALIDER -> "assises.mail.a-valider";
            default -> "assises.mail.confirmee";
        };
        publier(i, cle);
    }

    void promotion(Inscription i) {
        publier(i, "assises.mail.promue");
    }

    void sessionPromue(Inscription i, SessionProgramme s) {
        events.publishEvent(new Avis(i.getEmail(), i.getLangue(), "assises.mail.session-promue.sujet",
                "assises.mail.session-promue", new Object[] {i.getNomComplet(), s.getTitre(),
                        i.getEvenement().getTitre(), lienPersonnel(i)}));
    }

    private void publier(Inscription i, String cle) {
        events.publishEvent(new Avis(i.getEmail(), i.getLangue(), cle + ".sujet", cle,
                new Object[] {i.getNomComplet(), i.getEvenement().getTitre(), lienPersonnel(i)}));
    }

    /**
     * In the registration's transaction: the outbox row commits or rolls back with it, and no second
     * connection is needed (under load, a pool of N connections serves N concurrent registrations).
     */
    @EventListener
    public void envoyer(Avis avis) {
        Locale locale = "en".equals(avis.langue()) ? TranslationProvider.ENGLISH : TranslationProvider.FRENCH;
        mailService.send(avis.email(), TranslationProvider.translate(avis.sujetCle(), locale, avis.arguments()),
                TranslationProvider.translate(avis.corpsCle(), locale, avis.arguments())
                        + TranslationProvider.translate("mail.signature", locale));
    }

    /** For the SMTP test only: sends through another MailService (GreenMail); returns the previous one. */
    MailService utiliser(MailService autre) {
        MailService previous = this.mailService;
        this.mailService = autre;
        return previous;
    }
}
