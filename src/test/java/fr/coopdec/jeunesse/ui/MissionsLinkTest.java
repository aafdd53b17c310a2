package fr.coopdec.jeunesse.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import fr.coopdec.jeunesse.Direction;
import fr.coopdec.jeunesse.StatutMission;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.KaribuTest;
import org.junit.jupiter.api.Test;

/** The dashboard links to the placements list with its filters in the address. */
class MissionsLinkTest extends KaribuTest {

    @Test
    void the_address_presets_the_direction_and_status_filters_and_an_unknown_value_is_ignored() {
        login(Role.VOLONTARIAT);
        navigate("jeunesse/missions?direction=ENVOI&statut=EN_COURS");

        MissionsView view = _get(MissionsView.class);
        assertThat(view.direction.getValue()).isEqualTo(Direction.ENVOI);
        assertThat(view.statut.getValue()).isEqualTo(StatutMission.EN_COURS);
        assertThat(GridKt._findAll(view.grid)).allSatisfy(m -> {
            assertThat(m.getDirection()).isEqualTo(Direction.ENVOI);
            assertThat(m.getStatut()).isEqualTo(StatutMission.EN_COURS);
        });

        navigate("jeunesse/missions?direction=NULLE_PART");
        assertThat(_get(MissionsView.class).direction.getValue()).isNull();
    }
}
