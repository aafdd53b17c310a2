package fr.coopdec.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.coopdec.shared.security.Role;
import fr.coopdec.support.IntegrationTest;
import fr.coopdec.support.TestUsers;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@IntegrationTest
class FraicheurServiceTest {

    @Autowired
    FraicheurService service;

    @Autowired
    RelanceService relances;

    @Autowired
    AtlasFixtures fixtures;

    @Autowired
    StaleData stale;

    @Autowired
    TestUsers users;

    @AfterEach
    void cleanUp() {
        users.signOut();
        stale.freshenAll();
    }

    @Test
    void administrator_sees_partnerships_not_updated_for_two_years_and_not_recent_ones() {
        Partenariat old = fixtures.partenariat("Ancien " + AtlasFixtures.token(), fixtures.commune("69123"), "BJ");
        Partenariat almost = fixtures.partenariat("Presque " + AtlasFixtures.token(), fixtures.commune("69123"), "BJ");
        Partenariat fresh = fixtures.partenariat("Récent " + AtlasFixtures.token(), fixtures.commune("69123"), "BJ");
        stale.age(old.getId(), 2, null, null);
        stale.age(almost.getId(), 1, null, null);
        users.signInAs(Role.ADMIN, u -> {});

        var lines = service.find(Pageable.unpaged()).getContent();

        assertThat(lines)
                .extracting(PartenariatPerime::id)
                .contains(old.getId())
                .doesNotContain(almost.getId(), fresh.getId());
        PartenariatPerime line =
                lines.stream().filter(l -> l.id() == old.getId()).findFirst().orElseThrow();
        assertThat(line.collectivites()).isEqualTo("Lyon");
        assertThat(line.paysNomFr()).isEqualTo("Bénin");
        assertThat(line.derniereMiseAJour()).isBefore(Instant.now().minus(Duration.ofDays(730)));
        assertThat(line.derniereRelance()).isNull();
        assertThat(service.count()).isEqualTo(lines.size());
    }

    @Test
    void the_list_is_paged_and_shows_the_last_reminder() {
        Partenariat p = fixtures.partenariat("Relancé " + AtlasFixtures.token(), fixtures.commune("69123"), "BJ");
        stale.age(p.getId(), 3, "ri-" + AtlasFixtures.token() + "@lyon.fr", null);
        users.signInAs(Role.ADMIN, u -> {});
        relances.sendReminder(p.getId());

        assertThat(service.find(Pageable.ofSize(1)).getContent()).hasSize(1);
        assertThat(service.find(Pageable.ofSize(1)).getTotalElements()).isEqualTo(service.count());
        PartenariatPerime line = service.find(Pageable.unpaged()).stream()
                .filter(l -> l.id() == p.getId())
                .findFirst()
                .orElseThrow();
        assertThat(line.derniereRelance())
                .isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(Duration.ofMinutes(5)));
    }

    @Test
    void embassy_post_sees_only_its_country() {
        Partenariat benin = fixtures.partenariat("Bénin " + AtlasFixtures.token(), fixtures.commune("69123"), "BJ");
        Partenariat senegal = fixtures.partenariat("Sénégal " + AtlasFixtures.token(), fixtures.commune("69123"), "SN");
        stale.age(benin.getId(), 3, null, null);
        stale.age(senegal.getId(), 3, null, null);
        users.signInAs(Role.POSTE, u -> u.setPays(fixtures.pays("SN")));

        var lines = service.find(Pageable.unpaged()).getContent();

        assertThat(lines)
                .extracting(PartenariatPerime::id)
                .contains(senegal.getId())
                .doesNotContain(benin.getId());
        assertThat(lines).extracting(PartenariatPerime::paysNomFr).containsOnly("Sénégal");
    }

    @Test
    void local_authorities_and_anonymous_users_are_refused() {
        assertThatThrownBy(() -> service.find(Pageable.ofSize(10)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        users.signInAs(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(fixtures.commune("69123")));
        assertThatThrownBy(() -> service.find(Pageable.ofSize(10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.count()).isInstanceOf(AccessDeniedException.class);
    }
}
