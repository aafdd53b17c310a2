package fr.coopdec.appels.demo;

import fr.coopdec.appels.AppelsDemoGenerator;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demonstration DAECT calls and applications, after the Atlas (40) and FICOL (55) demo data; only when
 * {@code coopdec.demo.enabled} and only on a database without any DAECT call.
 */
@Component
@Order(58)
@ConditionalOnProperty(name = "coopdec.demo.enabled", havingValue = "true")
class AppelsDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AppelsDemoData.class);

    private final AppelsDemoGenerator generator;
    private final Clock clock;

    AppelsDemoData(AppelsDemoGenerator generator, Clock clock) {
        this.generator = generator;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (generator.present()) {
            return;
        }
        long start = System.nanoTime();
        int count = generator.generer(LocalDate.now(clock));
        log.info("DAECT calls demo: {} applications in {} ms", count, (System.nanoTime() - start) / 1_000_000);
    }
}
