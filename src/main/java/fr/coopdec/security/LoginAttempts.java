package fr.coopdec.security;

import fr.coopdec.shared.security.CoopDecUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for {@link #LOCK_TIME} after {@link #MAX_FAILURES} wrong passwords within
 * {@link #WINDOW}, against password guessing; a successful login clears the count. Each failure is
 * counted by one conditional UPDATE in the database, so parallel attempts are all counted (no lost
 * update, no optimistic-locking error).
 */
@Component
class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK_TIME = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final UtilisateurRepository repository;
    private final Clock clock;

    LoginAttempts(UtilisateurRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String email = event.getAuthentication().getName();
        if (email == null || email.isBlank()) {
            return;
        }
        Instant now = clock.instant();
        repository.recordFailedLogin(
                email.trim().toLowerCase(Locale.ROOT), now, now.minus(WINDOW), MAX_FAILURES, now.plus(LOCK_TIME));
        repository
                .findByEmailIgnoreCase(email.trim())
                .filter(user -> user.isLockedAt(now))
                .ifPresent(user -> log.warn(
                        "Account {} locked until {} after {} failed logins",
                        user.getId(),
                        user.getLockedUntil(),
                        MAX_FAILURES));
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CoopDecUser principal) {
            repository.recordSuccessfulLogin(principal.getId(), clock.instant());
        }
    }
}
