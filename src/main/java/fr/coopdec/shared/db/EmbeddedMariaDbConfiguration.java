package fr.coopdec.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts an embedded MariaDB when no datasource URL is configured, so that a fresh clone runs with
 * nothing but a JDK. Setting {@code SPRING_DATASOURCE_URL} switches this off entirely.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedMariaDbProperties.class)
class EmbeddedMariaDbConfiguration {

    /** Static: a BeanFactoryPostProcessor, created before the other beans so the server starts early. */
    @Bean
    static EmbeddedMariaDbStarter embeddedMariaDbStarter(Environment environment) {
        return new EmbeddedMariaDbStarter(Binder.get(environment)
                .bind("coopdec.embedded-db", EmbeddedMariaDbProperties.class)
                .orElseGet(() -> new EmbeddedMariaDbProperties(null, null, null)));
    }

    /** Stopped by the starter, which is destroyed after the DataSource. */
    @Bean(destroyMethod = "")
    PersistentMariaDb embeddedMariaDb(EmbeddedMariaDbStarter starter) {
        return starter.await();
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(
            PersistentMariaDb embeddedMariaDb, DataSourceProperties properties, EmbeddedMariaDbProperties embedded) {
        int port = embeddedMariaDb.getConfiguration().getPort();
        properties.setUrl(
                "jdbc:mariadb://127.0.0.1:" + port + "/" + embedded.database() + "?createDatabaseIfNotExist=true");
        properties.setUsername(EmbeddedDbAccount.USER);
        properties.setPassword(embeddedMariaDb.password());
        return properties
                .initializeDataSourceBuilder()
                .type(HikariDataSource.class)
                .build();
    }
}
