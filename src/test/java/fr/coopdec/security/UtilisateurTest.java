package fr.coopdec.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.coopdec.referential.CategorieCad;
import fr.coopdec.referential.Pays;
import fr.coopdec.referential.ZoneMonde;
import fr.coopdec.shared.security.Role;
import org.junit.jupiter.api.Test;

/** Rules of the account entity; the lock-out arithmetic runs in SQL and is tested in LoginTest. */
class UtilisateurTest {

    @Test
    void role_change_clears_a_scope_that_no_longer_applies() {
        Utilisateur user = new Utilisateur("a@b.fr", "A", Role.POSTE);
        user.setPays(new Pays("BJ", "BEN", "Bénin", "Benin", ZoneMonde.AFRIQUE_OUEST, CategorieCad.PMA));
        user.setRole(Role.AFD);
        user.normaliseScope();
        assertThat(user.getPays()).isNull();
    }
}
