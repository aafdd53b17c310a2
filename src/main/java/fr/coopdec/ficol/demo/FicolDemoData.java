package fr.coopdec.ficol.demo;

import fr.coopdec.ficol.FicolDemoGenerator;
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
 * Demonstration FICOL files, after the Atlas demo partnerships (order 40) they are tied to; only when
 * {@code coopdec.demo.enabled} and only on a database without any FICOL file.
 */
@Component
@Order(55)
@ConditionalOnProperty(name = "coopdec.demo.enabled", havingValue = "true")
class FicolDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FicolDemoData.class);

    private final FicolDemoGenerator generator;
    private final Clock clock;

    FicolDemoData(FicolDemoGenerator generator, Clock clock) {
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
        log.info("FICOL demo: {} files in {} ms", count, (System.nanoTime() - start) / 1_000_000);
    }
}
