package fr.coopdec.shared.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gauges whose value is a {@code SELECT COUNT(*)}, shared by every server (the figure is the
 * database's). A value is read at most every {@link #MAX_AGE}, however often Prometheus scrapes.
 */
@Component
public class DatabaseGauges {

    static final Duration MAX_AGE = Duration.ofSeconds(15);

    private final MeterRegistry meters;
    private final JdbcTemplate jdbc;

    DatabaseGauges(MeterRegistry meters, JdbcTemplate jdbc) {
        this.meters = meters;
        this.jdbc = jdbc;
    }

    /** Registers a gauge of the count that SQL returns (one row, one number). */
    public void count(String name, String description, Tags tags, String sql, Object... arguments) {
        CachedCount count = new CachedCount(() -> jdbc.queryForObject(sql, Long.class, arguments));
        // strongReference: Micrometer holds a gauge's object weakly, and nothing else holds this one
        Gauge.builder(name, count, CachedCount::value)
                .description(description)
                .tags(tags)
                .strongReference(true)
                .register(meters);
    }

    private static final class CachedCount {

        private final Supplier<Long> query;
        private long readAt;
        private double value = Double.NaN;

        CachedCount(Supplier<Long> query) {
            this.query = query;
        }

        synchronized double value() {
            long now = System.nanoTime();
            if (Double.isNaN(value) || now - readAt > MAX_AGE.toNanos()) {
                try {
                    Long count = query.get();
                    value = count == null ? 0 : count;
                } catch (RuntimeException e) {
                    value = Double.NaN; // database unreachable: no figure rather than a stale one
                }
                readAt = now;
            }
            return value;
        }
    }
}
