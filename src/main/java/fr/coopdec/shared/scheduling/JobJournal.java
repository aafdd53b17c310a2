package fr.coopdec.shared.scheduling;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Writes one {@code tache_execution} row per run this server took, and counts runs and skipped firings. */
class JobJournal {

    private final JdbcTemplate jdbc;
    private final MeterRegistry meters;
    private final String instance;

    JobJournal(JdbcTemplate jdbc, MeterRegistry meters, String instance) {
        this.jdbc = jdbc;
        this.meters = meters;
        this.instance = instance;
    }

    String instance() {
        return instance;
    }

    /** This server took the job's lock: returns the journal row's id. */
    long started(String job) {
        Counter.builder("coopdec.jobs.runs")
                .description("Scheduled job runs taken by this server")
                .tag("job", job)
                .register(meters)
                .increment();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                con -> {
                    PreparedStatement ps = con.prepareStatement(
                            "INSERT INTO tache_execution (tache, instance, debut) VALUES (?, ?, UTC_TIMESTAMP(6))",
                            Statement.RETURN_GENERATED_KEYS);
                    ps.setString(1, job);
                    ps.setString(2, instance);
                    return ps;
                },
                key);
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    void finished(String job, long id, long startNanos) {
        jdbc.update("UPDATE tache_execution SET fin = UTC_TIMESTAMP(6) WHERE id = ?", id);
        Timer.builder("coopdec.jobs.duration")
                .description("Duration of the scheduled job runs of this server")
                .tag("job", job)
                .register(meters)
                .record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
    }

    /** Another server holds the job's lock: this firing is skipped here. */
    void skipped(String job) {
        Counter.builder("coopdec.jobs.skipped")
                .description("Scheduled job firings skipped: another server held the lock")
                .tag("job", job)
                .register(meters)
                .increment();
    }
}
