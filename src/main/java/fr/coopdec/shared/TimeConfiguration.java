package fr.coopdec.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    /** One clock for every rule that depends on "now", so that tests can reason about time. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
