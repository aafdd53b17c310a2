package fr.coopdec.atlas.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demonstration partnerships for the dev profile ({@code ./mvnw spring-boot:run}) or when
 * {@code COOPDEC_DEMO=true}, like the demo accounts ({@code coopdec.demo.enabled}); never in tests.
 * Runs after the reference data (its authorities are drawn from it) and only on an Atlas without
 * any partnership, so a restart or real data is never touched.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "coopdec.demo.enabled", havingValue = "true")
class AtlasDemoData implements ApplicationRunner {

    private final AtlasDemoGenerator generator;
    private final JdbcTemplate jdbc;
    private final int count;

    AtlasDemoData(
            AtlasDemoGenerator generator, JdbcTemplate jdbc, @Value("${coopdec.demo.partenariats:3500}") int count) {
        this.generator = generator;
        this.jdbc = jdbc;
        this.count = count;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer existing =
                jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT 1 FROM partenariat LIMIT 1) x", Integer.class);
        if (existing != null && existing == 0) {
            generator.generate(count, 2026);
        }
    }
}
