package fr.coopdec.shared.abuse;

import fr.coopdec.shared.BusinessException;
import java.time.Duration;

/**
 * An anonymous write refused by a rate limit: the message key explains it in French and
 * {@link #getRetryAfter()} says when to try again (the API's Retry-After header, in seconds).
 */
public class TropDeDemandes extends BusinessException {

    private final transient Duration retryAfter;

    public TropDeDemandes(Duration retryAfter) {
        super("abuse.trop-de-demandes", minutes(retryAfter));
        this.retryAfter = retryAfter;
    }

    public Duration getRetryAfter() {
        return retryAfter;
    }

    /** Whole seconds, at least 1, as the Retry-After header wants. */
    public long getRetryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    private static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
