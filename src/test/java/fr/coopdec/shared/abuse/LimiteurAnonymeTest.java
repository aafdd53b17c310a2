package fr.coopdec.shared.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The buckets' arithmetic (the integration tests run the same rules through HTTP and the UI). */
class LimiteurAnonymeTest {

    private final LimiteurAnonyme limiteur = new LimiteurAnonyme(20, 30, 60, 3, 5, 2);

    @Test
    void an_address_registers_at_most_n_people_per_event_and_other_events_and_addresses_are_not_affected() {
        limiteur.inscription("203.0.113.1", 1, 10);
        limiteur.inscription("203.0.113.1", 1, 10);
        assertThatThrownBy(() -> limiteur.inscription("203.0.113.1", 1, 1))
                .isInstanceOfSatisfying(TropDeDemandes.class, e -> {
                    assertThat(e.getRetryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofHours(1));
                    assertThat(e.getRetryAfterSeconds()).isBetween(1L, 3600L);
                    assertThat(e.getMessageKey()).isEqualTo("abuse.trop-de-demandes");
                });
        limiteur.inscription("203.0.113.1", 2, 1);
        limiteur.inscription("203.0.113.2", 1, 5);
    }

    @Test
    void the_event_limit_holds_for_all_addresses_and_a_refusal_takes_nothing() {
        limiteur.inscription("198.51.100.1", 7, 20);
        assertThatThrownBy(() -> limiteur.inscription("198.51.100.2", 7, 11)).isInstanceOf(TropDeDemandes.class);
        // The refused request gave back what it had taken: the second address can still register 10.
        limiteur.inscription("198.51.100.2", 7, 10);
        assertThatThrownBy(() -> limiteur.inscription("198.51.100.3", 7, 1)).isInstanceOf(TropDeDemandes.class);
    }

    @Test
    void links_and_mails_are_throttled_per_address() {
        for (int i = 0; i < 3; i++) {
            limiteur.lien("192.0.2.1");
        }
        assertThatThrownBy(() -> limiteur.lien("192.0.2.1")).isInstanceOf(TropDeDemandes.class);
        assertThat(limiteur.courriel("Cible@Exemple.org")).isTrue();
        assertThat(limiteur.courriel("cible@exemple.org ")).isTrue();
        assertThat(limiteur.courriel("cible@exemple.org")).isFalse();
        assertThat(limiteur.courriel("autre@exemple.org")).isTrue();
    }
}
