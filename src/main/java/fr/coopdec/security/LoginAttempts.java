package fr.coopdec.security;

import fr.coopdec.shared.security.CoopDecUser;
import java.time.Clock;
import java.time.Duration;
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
 * {@link #WINDOW}, against password guessing; a successful login clears the count.
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
        repository.findByEmailIgnoreCase(event.getAuthentication().getName()).ifPresent(user -> {
            if (user.recordFailedLogin(clock.instant(), MAX_FAILURES, WINDOW, LOCK_TIME)) {
                log.warn("Account {} locked for {} after {} failed logins", user.getEmail(), LOCK_TIME, MAX_FAILURES);
            }
        });
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CoopDecUser principal) {
            repository.findById(principal.getId()).ifPresent(user -> user.recordSuccessfulLogin(clock.instant()));
        }
    }
}
