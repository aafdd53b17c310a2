package fr.coopdec.ficol;

import static org.assertj.core.api.Assertions.assertThat;

import fr.coopdec.shared.security.CoopDecUser;
import fr.coopdec.shared.security.Role;
import org.junit.jupiter.api.Test;

/** Who instructs FICOL files, decided on the signed-in user alone: no Spring, no database. */
class FicolScopeUnitTest {

    private static CoopDecUser user(Role role) {
        return new CoopDecUser(1, "x@example.org", "X", "", role, CoopDecUser.Scope.NONE, true, false);
    }

    @Test
    void afd_and_daect_instruct_and_no_one_else() {
        assertThat(FicolScope.isInstructeur(user(Role.AFD))).isTrue();
        assertThat(FicolScope.isInstructeur(user(Role.ADMIN))).isTrue();
        for (Role other : new Role[] {Role.POSTE, Role.COLLECTIVITE, Role.VOLONTARIAT, Role.ORGANISATEUR}) {
            assertThat(FicolScope.isInstructeur(user(other))).as(other.name()).isFalse();
        }
    }
}
