package fr.coopdec.appels;

import static fr.coopdec.appels.AppelsFixtures.euros;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.coopdec.shared.BusinessException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rules of calls and grants, without Spring. */
class AppelsRulesUnitTest {

    private static AppelDaect appel(TypeAppel type, int debut, int fin) {
        return new AppelDaect(
                "Appel", type, debut, fin, LocalDate.of(2027, 1, 10), LocalDate.of(2027, 3, 31), euros(100_000));
    }

    @Test
    void an_annual_call_covers_one_year_and_a_triennial_call_three() {
        assertThatCode(() -> AppelsRules.verifierAppel(appel(TypeAppel.ANNUEL, 2027, 2027)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> AppelsRules.verifierAppel(appel(TypeAppel.ANNUEL, 2027, 2028)))
                .hasMessageContaining("appels.appel.annees-type");
        assertThatCode(() -> AppelsRules.verifierAppel(appel(TypeAppel.TRIENNAL, 2027, 2029)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> AppelsRules.verifierAppel(appel(TypeAppel.TRIENNAL, 2027, 2028)))
                .hasMessageContaining("appels.appel.annees-type");
        assertThatThrownBy(() -> AppelsRules.verifierAppel(appel(TypeAppel.ANNUEL, 2028, 2027)))
                .hasMessageContaining("appels.appel.annees-inversees");
    }

    @Test
    void closing_before_opening_and_an_empty_envelope_are_refused() {
        AppelDaect inverse = appel(TypeAppel.ANNUEL, 2027, 2027);
        inverse.setDateCloture(LocalDate.of(2027, 1, 1));
        assertThatThrownBy(() -> AppelsRules.verifierAppel(inverse))
                .hasMessageContaining("appels.appel.dates-inversees");
        AppelDaect vide = appel(TypeAppel.ANNUEL, 2027, 2027);
        vide.setBudget(euros(0));
        assertThatThrownBy(() -> AppelsRules.verifierAppel(vide)).hasMessageContaining("appels.appel.budget-positif");
    }

    @Test
    void a_grant_is_positive_at_most_the_request_and_within_what_is_left() {
        assertThatCode(() -> AppelsRules.verifierMontant(euros(20_000), euros(20_000), euros(100_000), euros(80_000)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> AppelsRules.verifierMontant(euros(0), euros(20_000), euros(100_000), euros(0)))
                .hasMessageContaining("appels.decision.montant-positif");
        assertThatThrownBy(() -> AppelsRules.verifierMontant(euros(25_000), euros(20_000), euros(100_000), euros(0)))
                .hasMessageContaining("appels.decision.montant-superieur");
        assertThatThrownBy(
                        () -> AppelsRules.verifierMontant(euros(20_001), euros(30_000), euros(100_000), euros(80_000)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("appels.decision.enveloppe-depassee");
    }

    @Test
    void a_call_is_open_on_its_first_and_last_days_only_between_them() {
        AppelDaect a = appel(TypeAppel.ANNUEL, 2027, 2027);
        org.assertj.core.api.Assertions.assertThat(a.isOuvert(LocalDate.of(2027, 1, 10)))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(a.isOuvert(LocalDate.of(2027, 3, 31)))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(a.isOuvert(LocalDate.of(2027, 4, 1)))
                .isFalse();
        org.assertj.core.api.Assertions.assertThat(a.isOuvert(LocalDate.of(2027, 1, 9)))
                .isFalse();
    }
}
