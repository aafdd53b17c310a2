package fr.coopdec.shared.mail;

import fr.coopdec.shared.ops.DatabaseGauges;
import io.micrometer.core.instrument.Tags;
import org.springframework.stereotype.Component;

/**
 * {@code coopdec.mail.outbox{etat}}: mails of the outbox not sent yet ({@code en_attente}) and refused
 * by the SMTP server ({@code en_erreur}). Without an SMTP server every mail stays waiting.
 */
@Component
class MailOutboxMetrics {

    MailOutboxMetrics(DatabaseGauges gauges) {
        gauges.count(
                "coopdec.mail.outbox",
                "Outbox mails not sent yet",
                Tags.of("etat", "en_attente"),
                "SELECT COUNT(*) FROM mail_sortant WHERE sent_at IS NULL AND erreur IS NULL");
        gauges.count(
                "coopdec.mail.outbox",
                "Outbox mails the SMTP server refused",
                Tags.of("etat", "en_erreur"),
                "SELECT COUNT(*) FROM mail_sortant WHERE sent_at IS NULL AND erreur IS NOT NULL");
    }
}
