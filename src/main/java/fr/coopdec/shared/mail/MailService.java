package fr.coopdec.shared.mail;

import fr.coopdec.shared.TranslationProvider;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the application's e-mails (Atlas reminders, later Bourse and Assises notices). Every mail is
 * first written to the outbox ({@code mail_sortant}); it is then sent through SMTP when
 * {@code spring.mail.host} is configured (Spring Boot then provides a {@link JavaMailSender}).
 * Without it (demo, dev) the mail is only logged and stays in the outbox, marked never sent. A
 * failing SMTP server does not fail the caller's operation: the error is kept on the outbox row.
 */
@Service
public class MailService {

    private static final Logger log = LoggerFactory.getLogger(MailService.class);

    private final MailSortantRepository outbox;
    private final Optional<JavaMailSender> sender;
    private final String from;
    private final Clock clock;

    MailService(MailSortantRepository outbox, Optional<JavaMailSender> sender,
                @Value("${coopdec.mail.from:noreply@coopdec.fr}") String from, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.from = from;
        this.clock = clock;
    }

    /** Writes the mail to the outbox and sends it if SMTP is configured; returns the outbox row. */
    @Transactional
    public MailSortant send(String to, String subject, String body) {
        MailSortant mail = outbox.save(new MailSortant(to, subject, body));
        if (sender.isEmpty()) {
            // Ids only: addresses and subjects (which may name people) are personal data, kept out of logs.
            log.info("No SMTP server configured (spring.mail.host): mail {} kept in the outbox only", mail.getId());
            return mail;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        try {
            sender.get().send(message);
            mail.markSent(clock.instant());
        } catch (MailException e) {
            log.warn("Mail {} could not be sent; kept in the outbox: {}", mail.getId(), e.getClass().getSimpleName());
            mail.markFailed(e.getMessage());
        }
        return mail;
    }

    /** The same with French texts from the translation bundle ({@code mail.*} or a module's keys). */
    @Transactional
    public MailSortant sendTranslated(String to, String subjectKey, String bodyKey, Object... arguments) {
        return send(to, TranslationProvider.translate(subjectKey, TranslationProvider.FRENCH, arguments),
                TranslationProvider.translate(bodyKey, TranslationProvider.FRENCH, arguments)
                        + TranslationProvider.translate("mail.signature", TranslationProvider.FRENCH));
    }
}
