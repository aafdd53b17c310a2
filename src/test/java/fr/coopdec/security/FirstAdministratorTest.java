package fr.coopdec.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.coopdec.shared.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

/** The production bootstrap: an ADMIN from the environment, only on an empty users table. */
class FirstAdministratorTest {

    /** Records what would be created instead of writing to a database. */
    static final class RecordingProvisioning extends AccountProvisioning {
        final List<String> created = new ArrayList<>();
        private final boolean empty;

        RecordingProvisioning(boolean empty) {
            super(null, null);
            this.empty = empty;
        }

        @Override
        public boolean hasNoUsers() {
            return empty;
        }

        @Override
        public boolean createIfAbsent(
                String email, String nom, Role role, String password, Consumer<Utilisateur> scope) {
            created.add(email + "/" + role);
            return true;
        }
    }

    @Test
    void empty_users_table_gets_the_administrator_from_the_environment() {
        RecordingProvisioning provisioning = new RecordingProvisioning(true);
        new FirstAdministrator(provisioning, "daect@diplomatie.gouv.fr", "une phrase de passe longue", "DAECT")
                .run(new DefaultApplicationArguments());
        assertThat(provisioning.created).containsExactly("daect@diplomatie.gouv.fr/ADMIN");
    }

    @Test
    void existing_users_are_left_alone() {
        RecordingProvisioning provisioning = new RecordingProvisioning(false);
        new FirstAdministrator(provisioning, "daect@diplomatie.gouv.fr", "une phrase de passe longue", "DAECT")
                .run(new DefaultApplicationArguments());
        assertThat(provisioning.created).isEmpty();
    }

    @Test
    void nothing_is_created_without_credentials_and_a_short_password_stops_the_start() {
        RecordingProvisioning provisioning = new RecordingProvisioning(true);
        new FirstAdministrator(provisioning, "", "", "DAECT").run(new DefaultApplicationArguments());
        assertThat(provisioning.created).isEmpty();
        assertThatThrownBy(() -> new FirstAdministrator(provisioning, "a@b.fr", "court", "DAECT")
                        .run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class);
    }
}
