package fr.coopdec.jeunesse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Pure placement rules: no Spring, no database. */
class PlacementRulesUnitTest {

    @Test
    void the_age_at_departure_is_counted_in_whole_years_and_bounds_are_inclusive() {
        LocalDate born = LocalDate.of(2000, 6, 15);
        assertThat(Programme.SERVICE_CIVIQUE_INTERNATIONAL.accepte(born, LocalDate.of(2018, 6, 14)))
                .isFalse();
        assertThat(Programme.SERVICE_CIVIQUE_INTERNATIONAL.accepte(born, LocalDate.of(2018, 6, 15)))
                .isTrue();
        assertThat(Programme.SERVICE_CIVIQUE_INTERNATIONAL.accepte(born, LocalDate.of(2026, 6, 14)))
                .isTrue();
        assertThat(Programme.SERVICE_CIVIQUE_INTERNATIONAL.accepte(born, LocalDate.of(2026, 6, 15)))
                .isFalse();
    }

    @Test
    void a_programme_without_an_upper_age_accepts_any_adult() {
        assertThat(Programme.VSI.accepte(LocalDate.of(1960, 1, 1), LocalDate.of(2026, 1, 1)))
                .isTrue();
        assertThat(Programme.VSI.accepte(LocalDate.of(2010, 1, 1), LocalDate.of(2026, 1, 1)))
                .isFalse();
    }

    @Test
    void only_planned_and_current_placements_can_be_interrupted() {
        assertThat(StatutMission.PREVUE.interruptible()).isTrue();
        assertThat(StatutMission.EN_COURS.interruptible()).isTrue();
        assertThat(StatutMission.TERMINEE.interruptible()).isFalse();
        assertThat(StatutMission.INTERROMPUE.interruptible()).isFalse();
    }

    @Test
    void a_planned_placement_is_not_yet_a_mobility() {
        assertThat(StatutMission.PREVUE.realisee()).isFalse();
        assertThat(StatutMission.EN_COURS.realisee()).isTrue();
        assertThat(StatutMission.INTERROMPUE.realisee()).isTrue();
    }
}
