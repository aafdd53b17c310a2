package fr.coopdec.referential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.coopdec.shared.security.Role;
import fr.coopdec.support.IntegrationTest;
import fr.coopdec.support.TestUsers;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class PaysServiceTest {

    @Autowired
    PaysService service;

    @Autowired
    ReferentialQueries queries;

    @Autowired
    TestUsers testUsers;

    @Autowired
    UserDetailsService userDetailsService;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void all_249_iso_countries_and_kosovo_are_loaded_with_their_dac_category_and_its_source() {
        assertThat(queries.allPays()).hasSize(250);
        Pays benin = queries.findPays("BJ").orElseThrow();
        assertThat(benin.getCategorieCad()).isEqualTo(CategorieCad.PMA);
        assertThat(benin.getZone()).isEqualTo(ZoneMonde.AFRIQUE_OUEST);
        assertThat(benin.getCategorieCadAnnee()).isEqualTo(2024);
        assertThat(benin.getCategorieCadSource()).contains("CAD de l’OCDE");
        assertThat(queries.findPays(new PaysFilter("cote d ivoire", null, null), Pageable.ofSize(5))
                        .getContent())
                .extracting(Pays::getCodeAlpha2)
                .containsExactly("CI");
    }

    @Test
    void only_the_daect_edits_a_country_and_a_stale_copy_is_refused() {
        Pays first = queries.findPays("TV").orElseThrow();
        Pays stale = queries.findPays("TV").orElseThrow();
        signIn(testUsers.create(Role.POSTE));
        first.setCategorieCadSource("Source " + UUID.randomUUID());
        assertThatThrownBy(() -> service.save(first)).isInstanceOf(AccessDeniedException.class);

        signIn(testUsers.create(Role.ADMIN));
        service.save(first);
        stale.setCategorieCadSource("Stale " + UUID.randomUUID());

        assertThatThrownBy(() -> service.save(stale)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(queries.findPays("TV").orElseThrow().getCategorieCadSource())
                .isEqualTo(first.getCategorieCadSource());
    }

    @Autowired
    CategorieCadQueries categories;

    @Test
    void a_category_changed_by_the_daect_takes_effect_today_and_earlier_dates_keep_the_old_one() {
        signIn(testUsers.create(Role.ADMIN));
        java.time.LocalDate today = java.time.LocalDate.now();
        Pays antarctique = queries.findPays("AQ").orElseThrow();
        antarctique.setCategorieCad(CategorieCad.PRITS);
        try {
            service.save(antarctique);
            assertThat(categories.enVigueur("AQ", today).orElseThrow().categorie())
                    .isEqualTo(CategorieCad.PRITS);
            assertThat(categories.enVigueur("AQ", today).orElseThrow().liste()).isEqualTo("Modification par la DAECT");
            assertThat(categories
                            .enVigueur("AQ", today.minusDays(1))
                            .orElseThrow()
                            .categorie())
                    .isEqualTo(CategorieCad.NON);
        } finally {
            Pays back = queries.findPays("AQ").orElseThrow();
            back.setCategorieCad(CategorieCad.NON);
            service.save(back);
        }
        assertThat(categories.enVigueur("AQ", today).orElseThrow().categorie()).isEqualTo(CategorieCad.NON);
    }

    private void signIn(String email) {
        UserDetails user = userDetailsService.loadUserByUsername(email);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
