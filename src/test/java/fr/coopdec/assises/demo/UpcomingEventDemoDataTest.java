package fr.coopdec.assises.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.coopdec.assises.AssisesFixtures;
import fr.coopdec.assises.EvenementService;
import fr.coopdec.assises.StatutInscription;
import fr.coopdec.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class UpcomingEventDemoDataTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    UserDetailsService users;

    @Autowired
    AssisesFixtures assises;

    @Test
    void the_demo_event_starts_on_the_first_thursday_four_months_later() {
        assertThat(UpcomingEventDemoData.debut(LocalDate.of(2026, 12, 5))).isEqualTo(LocalDate.of(2027, 4, 8));
        assertThat(UpcomingEventDemoData.debut(LocalDate.of(2026, 12, 3))).isEqualTo(LocalDate.of(2027, 4, 8));
    }

    @Test
    void the_demo_adds_an_event_open_to_registration_when_none_is_to_come_and_only_then() {
        // a demo made the day after the last event of the shared test database ends: none is to come
        LocalDate day = jdbc.queryForObject(
                        "SELECT COALESCE(MAX(date_fin), CURRENT_DATE) FROM assises_evenement", LocalDate.class)
                .plusDays(1);
        Clock later = Clock.fixed(day.atStartOfDay(ZoneId.of("Europe/Paris")).toInstant(), ZoneId.of("Europe/Paris"));
        UpcomingEventDemoData demo = new UpcomingEventDemoData(jdbc, transactions, users, later);
        int before = events();

        demo.run(new DefaultApplicationArguments());
        demo.run(new DefaultApplicationArguments());

        assertThat(events()).as("one event, not one per start").isLessThanOrEqualTo(before + 1);
        Long id = jdbc.queryForObject(
                "SELECT MAX(id) FROM assises_evenement WHERE titre = ? AND date_debut = ?",
                Long.class,
                UpcomingEventDemoData.TITRE,
                UpcomingEventDemoData.debut(day));
        assertThat(id).isNotNull();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM assises_session WHERE evenement_id = ?", Integer.class, id))
                .isEqualTo(5);
        assertThat(assises.inscrire(evenements.find(id).orElseThrow(), "Awa Diop", false)
                        .statut())
                .as("a visitor can register today")
                .isEqualTo(StatutInscription.CONFIRMEE);
    }

    @Autowired
    EvenementService evenements;

    private int events() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM assises_evenement", Integer.class);
    }
}
