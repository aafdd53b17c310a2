package fr.coopdec.shared.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the outbox is sent ({@code coopdec.mail.dispatch.*}): whether this server sends at all, the SMTP
 * connection/read/write timeout (unless {@code spring.mail.properties.mail.smtp.*timeout} say otherwise), sending threads per server, rows claimed at
 * once, how long a claim holds (longer than one SMTP exchange can last with the timeouts), how often
 * the outbox is polled besides the wake-ups after commit, and the retry policy (first delay, doubled
 * each time up to {@code maxDelay}; after {@code attempts} tries the mail is ECHEC).
 */
@ConfigurationProperties("coopdec.mail.dispatch")
public record MailDispatchSettings(
        Boolean enabled,
        Duration timeout,
        Integer threads,
        Integer batch,
        Duration claim,
        Duration poll,
        Integer attempts,
        Duration firstDelay,
        Duration maxDelay) {

    public MailDispatchSettings {
        enabled = enabled == null || enabled;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        threads = threads == null ? 2 : threads;
        batch = batch == null ? 10 : batch;
        claim = claim == null ? Duration.ofMinutes(5) : claim;
        poll = poll == null ? Duration.ofSeconds(15) : poll;
        attempts = attempts == null ? 8 : attempts;
        firstDelay = firstDelay == null ? Duration.ofSeconds(30) : firstDelay;
        maxDelay = maxDelay == null ? Duration.ofHours(2) : maxDelay;
    }

    /** The delay before the next try after {@code failures} failed tries (1, 2, ...). */
    Duration delayAfter(int failures) {
        Duration delay = firstDelay.multipliedBy(1L << Math.min(failures - 1, 20));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
