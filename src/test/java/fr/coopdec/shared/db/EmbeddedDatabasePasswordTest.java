package fr.coopdec.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The embedded MariaDB of the dev profile: the first start creates the application's account with a
 * generated password kept beside the data; from then on no local process gets in without it (no more
 * --skip-grant-tables), and a restart reads the same password.
 */
class EmbeddedDatabasePasswordTest {

    @Test
    void first_start_generates_a_password_and_later_starts_require_it() throws Exception {
        Path root = Path.of(
                        "target", "embedded-password-test", UUID.randomUUID().toString())
                .toAbsolutePath();
        EmbeddedMariaDbProperties properties = new EmbeddedMariaDbProperties(
                root.resolve("data").toString(),
                Path.of("target", "embedded-password-test", "base")
                        .toAbsolutePath()
                        .toString(),
                "coopdec");

        String password = startCheckAndStop(properties);
        Path file = root.resolve("data").resolve(EmbeddedDbAccount.FILE);
        assertThat(Files.readString(file).trim()).isEqualTo(password).hasSizeGreaterThanOrEqualTo(40);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");

        assertThat(startCheckAndStop(properties))
                .as("the same password after a restart")
                .isEqualTo(password);
    }

    private static String startCheckAndStop(EmbeddedMariaDbProperties properties) throws Exception {
        EmbeddedMariaDbStarter starter = new EmbeddedMariaDbStarter(properties);
        try {
            PersistentMariaDb db = starter.await();
            String url = "jdbc:mariadb://127.0.0.1:" + db.getConfiguration().getPort() + "/";
            try (Connection c = DriverManager.getConnection(url, EmbeddedDbAccount.USER, db.password())) {
                assertThat(c.createStatement().executeQuery("SELECT 1").next()).isTrue();
            }
            assertThatThrownBy(
                            () -> DriverManager.getConnection(url, "root", "").close())
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(url, "", "").close())
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(url, EmbeddedDbAccount.USER, "wrong")
                            .close())
                    .isInstanceOf(SQLException.class);
            return db.password();
        } finally {
            starter.destroy();
        }
    }
}
