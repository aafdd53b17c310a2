package fr.coopdec.bourse.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * About 200 demonstration sheets (French and foreign, in every state, with their audit trail,
 * notifications and a few contact requests), after the Atlas demo data; only on a Bourse without
 * any sheet, so a restart or real data is never touched.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "coopdec.demo.enabled", havingValue = "true")
class BourseDemoData implements ApplicationRunner {

    private final BourseDemoGenerator generator;
    private final JdbcTemplate jdbc;

    BourseDemoData(BourseDemoGenerator generator, JdbcTemplate jdbc) {
        this.generator = generator;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer existing =
                jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT 1 FROM bourse_fiche LIMIT 1) x", Integer.class);
        if (existing != null && existing == 0) {
            generator.generate(200);
        }
    }
}
