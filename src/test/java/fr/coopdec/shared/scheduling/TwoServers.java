package fr.coopdec.shared.scheduling;

import com.zaxxer.hikari.HikariDataSource;
import fr.coopdec.CoopDecApplication;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.scheduling.support.ScheduledMethodRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.util.ReflectionUtils;

/**
 * Two more application contexts on the test database, as two servers would be. Their cron triggers
 * are set to a date far away: the test fires their scheduled tasks itself, the very runnables each
 * server's scheduler would run, so nothing depends on the wall clock.
 */
final class TwoServers implements AutoCloseable {

    static final String A = "serveur-a";
    static final String B = "serveur-b";
    static final String SCRAPER_PASSWORD = "scraper-test-password";
    private static final String NEVER = "0 0 0 29 2 *";

    private final Server a;
    private final Server b;
    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private final SecurityContextHolderStrategy testStrategy;

    private TwoServers(Server a, Server b, SecurityContextHolderStrategy testStrategy) {
        this.a = a;
        this.b = b;
        this.testStrategy = testStrategy;
    }

    /**
     * Vaadin's security configuration installs its own static {@link SecurityContextHolder} strategy in
     * each context it starts: the test context's is put back afterwards, or its method security would
     * no longer see the users the other tests sign in.
     */
    static TwoServers start(HikariDataSource database) {
        SecurityContextHolderStrategy testStrategy = SecurityContextHolder.getContextHolderStrategy();
        Server a = null;
        try {
            a = Server.start(database, A);
            return new TwoServers(a, Server.start(database, B), testStrategy);
        } catch (RuntimeException e) {
            if (a != null) {
                a.context.close();
            }
            throw e;
        } finally {
            SecurityContextHolder.setContextHolderStrategy(testStrategy);
        }
    }

    Server a() {
        return a;
    }

    Server b() {
        return b;
    }

    /** Both servers' triggers fire the job at the same instant. */
    void fireTogether(String job) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        Future<?> onA = threads.submit(() -> {
            together.await();
            a.fire(job);
            return null;
        });
        Future<?> onB = threads.submit(() -> {
            together.await();
            b.fire(job);
            return null;
        });
        onA.get(2, TimeUnit.MINUTES);
        onB.get(2, TimeUnit.MINUTES);
    }

    @Override
    public void close() {
        threads.shutdownNow();
        try {
            a.context.close();
        } finally {
            b.context.close();
            SecurityContextHolder.setContextHolderStrategy(testStrategy);
        }
    }

    record Server(ConfigurableApplicationContext context, Map<String, Runnable> jobs) {

        static Server start(HikariDataSource database, String name) {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(CoopDecApplication.class)
                    .profiles("test")
                    .run(
                            "--spring.datasource.url=" + database.getJdbcUrl(),
                            "--spring.datasource.username=" + database.getUsername(),
                            "--spring.datasource.password="
                                    + (database.getPassword() == null ? "" : database.getPassword()),
                            "--spring.datasource.hikari.maximum-pool-size=5",
                            "--server.port=0",
                            "--server.address=127.0.0.1",
                            "--coopdec.instance-id=" + name,
                            "--coopdec.metrics.password=" + SCRAPER_PASSWORD,
                            "--coopdec.referential.import-on-start=false",
                            "--coopdec.bourse.expiration-cron=" + NEVER,
                            "--coopdec.bourse.digest-cron=" + NEVER,
                            "--coopdec.jeunesse.anonymisation-cron=" + NEVER,
                            "--spring.main.banner-mode=off");
            return new Server(context, scheduledJobs(context));
        }

        /** Every scheduled task of the context, by its lock name (a task without a lock has none and fails the test). */
        private static Map<String, Runnable> scheduledJobs(ConfigurableApplicationContext context) {
            Map<String, Runnable> jobs = new HashMap<>();
            for (ScheduledTaskHolder holder :
                    context.getBeansOfType(ScheduledTaskHolder.class).values()) {
                for (ScheduledTask task : holder.getScheduledTasks()) {
                    Runnable runnable = task.getTask().getRunnable(); // what the scheduler runs
                    Method method = scheduledMethod(runnable).getMethod();
                    SchedulerLock lock = AnnotatedElementUtils.findMergedAnnotation(method, SchedulerLock.class);
                    jobs.put(lock == null ? "no lock: " + method : lock.name(), runnable);
                }
            }
            return jobs;
        }

        URI uri() {
            return URI.create("http://127.0.0.1:"
                    + ((WebServerApplicationContext) context).getWebServer().getPort());
        }

        /** Spring 6.2 wraps the method's runnable to track its outcome (no accessor: read the field). */
        private static ScheduledMethodRunnable scheduledMethod(Runnable runnable) {
            if (runnable instanceof ScheduledMethodRunnable method) {
                return method;
            }
            Field delegate = ReflectionUtils.findField(runnable.getClass(), "runnable");
            ReflectionUtils.makeAccessible(delegate);
            return scheduledMethod((Runnable) ReflectionUtils.getField(delegate, runnable));
        }

        void fire(String job) {
            jobs.get(job).run();
        }

        double runs(String job) {
            return count("coopdec.jobs.runs", job);
        }

        double skipped(String job) {
            return count("coopdec.jobs.skipped", job);
        }

        private double count(String meter, String job) {
            Counter counter = context.getBean(MeterRegistry.class)
                    .find(meter)
                    .tag("job", job)
                    .counter();
            return counter == null ? 0 : counter.count();
        }
    }
}
