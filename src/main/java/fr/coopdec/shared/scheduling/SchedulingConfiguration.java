package fr.coopdec.shared.scheduling;

import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on the scheduled jobs, each behind a lock row in MariaDB. {@code lockAtLeastFor} (5 minutes by
 * default) keeps a job's lock after a quick run, so a server whose clock is a little late does not run
 * the same nightly firing again; {@code lockAtMostFor} (30 minutes) frees the lock of a server that died
 * during a run. {@code coopdec.scheduling.enabled=false} turns every job off on a server.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(
        defaultLockAtMostFor = "${coopdec.scheduling.lock-at-most-for:PT30M}",
        defaultLockAtLeastFor = "${coopdec.scheduling.lock-at-least-for:PT5M}")
@ConditionalOnProperty(name = "coopdec.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource, JobJournal journal) {
        JdbcTemplateLockProvider jdbc = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withLockedByValue(journal.instance())
                .usingDbTime()
                .build());
        return new JournaledLockProvider(jdbc, journal);
    }

    @Bean
    JobJournal jobJournal(JdbcTemplate jdbc, MeterRegistry meters, InstanceId instance) {
        return new JobJournal(jdbc, meters, instance.value());
    }
}
