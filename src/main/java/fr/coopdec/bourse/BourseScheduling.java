package fr.coopdec.bourse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the nightly expiry and the weekly digest (off in tests: they call the methods). */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "coopdec.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class BourseScheduling {
}
