package fr.coopdec.jeunesse.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demonstration volunteers, placements and youth calls (about 600 placements over five years, sent and
 * hosted, on the Atlas demo partnerships), when {@code coopdec.demo.enabled}; never in tests. Runs after
 * the Atlas demo data and only when there is no placement yet, so a restart or real data is never touched.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "coopdec.demo.enabled", havingValue = "true")
class JeunesseDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(JeunesseDemoData.class);

    private final JeunesseDemoGenerator generator;
    private final JdbcTemplate jdbc;

    JeunesseDemoData(JeunesseDemoGenerator generator, JdbcTemplate jdbc) {
        this.generator = generator;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer existing =
                jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT 1 FROM jeunesse_mission LIMIT 1) x", Integer.class);
        if (existing != null && existing == 0) {
            long start = System.nanoTime();
            int count = generator.generate(600);
            log.info("Jeunesse demo data: {} placements in {} ms", count, (System.nanoTime() - start) / 1_000_000);
        }
    }
}
