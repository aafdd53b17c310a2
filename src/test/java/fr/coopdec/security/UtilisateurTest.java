package fr.coopdec.security;

import fr.coopdec.shared.security.Role;
import static org.assertj.core.api.Assertions.assertThat;

import fr.coopdec.referential.CategorieCad;
import fr.coopdec.referential.Pays;
import fr.coopdec.referential.ZoneMonde;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The lock-out arithmetic, with explicit instants. */
class UtilisateurTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration LOCK = Duration.ofMinutes(15);
    private final Instant t0 = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void five_failures_within_fifteen_minutes_lock_for_fifteen_minutes() {
        Utilisateur user = new Utilisateur("a@b.fr", "A", Role.AFD);
        for (int i = 0; i < 4; i++) {
            assertThat(user.recordFailedLogin(t0.plusSeconds(60L * i), 5, WINDOW, LOCK)).isFalse();
        }
        assertThat(user.recordFailedLogin(t0.plusSeconds(600), 5, WINDOW, LOCK)).isTrue();
        assertThat(user.isLockedAt(t0.plusSeconds(600 + 14 * 60))).isTrue();
        assertThat(user.isLockedAt(t0.plusSeconds(600 + 15 * 60 + 1))).isFalse();
    }

    @Test
    void failures_spread_over_more_than_fifteen_minutes_do_not_lock() {
        Utilisateur user = new Utilisateur("a@b.fr", "A", Role.AFD);
        for (int i = 0; i < 10; i++) {
            assertThat(user.recordFailedLogin(t0.plus(Duration.ofMinutes(4L * i)), 5, WINDOW, LOCK)).isFalse();
        }
        assertThat(user.isLockedAt(t0.plus(Duration.ofMinutes(40)))).isFalse();
    }

    @Test
    void role_change_clears_a_scope_that_no_longer_applies() {
        Utilisateur user = new Utilisateur("a@b.fr", "A", Role.POSTE);
        user.setPays(new Pays("BJ", "BEN", "Bénin", "Benin", ZoneMonde.AFRIQUE_OUEST, CategorieCad.PMA));
        user.setRole(Role.AFD);
        user.normaliseScope();
        assertThat(user.getPays()).isNull();
    }
}
