package fr.coopdec.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.coopdec.shared.security.Role;
import fr.coopdec.support.IntegrationTest;
import fr.coopdec.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The real login form processing (Spring Security filter chain), on real users in MariaDB. */
@IntegrationTest
class LoginTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestUsers testUsers;

    @Autowired
    UtilisateurRepository repository;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Test
    void right_password_signs_in_and_records_the_login() throws Exception {
        String email = testUsers.create(Role.AFD);
        mvc.perform(formLogin("/login").user(email).password(TestUsers.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"));
        assertThat(repository.findByEmailIgnoreCase(email).orElseThrow().getLastLoginAt())
                .isNotNull();
    }

    @Test
    void wrong_password_is_refused() throws Exception {
        String email = testUsers.create(Role.AFD);
        mvc.perform(formLogin("/login").user(email).password("not-the-password"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void fifth_wrong_password_locks_the_account_even_for_the_right_password() throws Exception {
        String email = testUsers.create(Role.AFD);
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            mvc.perform(formLogin("/login").user(email).password("wrong-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        assertThat(repository.findByEmailIgnoreCase(email).orElseThrow().getLockedUntil())
                .isNotNull();

        MvcResult result = mvc.perform(formLogin("/login").user(email).password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/login?error"))
                .andReturn();
        assertThat(result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(LockedException.class);
    }

    @Test
    void four_wrong_passwords_then_the_right_one_signs_in_and_resets_the_count() throws Exception {
        String email = testUsers.create(Role.AFD);
        for (int i = 0; i < LoginAttempts.MAX_FAILURES - 1; i++) {
            mvc.perform(formLogin("/login").user(email).password("wrong-" + i));
        }
        mvc.perform(formLogin("/login").user(email).password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user(email).password("wrong-again")).andExpect(redirectedUrl("/login?error"));
        assertThat(repository.findByEmailIgnoreCase(email).orElseThrow().getLockedUntil())
                .isNull();
    }

    @Test
    void disabled_account_cannot_sign_in() throws Exception {
        String email = testUsers.create(Role.AFD, user -> user.setEnabled(false));
        mvc.perform(formLogin("/login").user(email).password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void health_endpoint_is_public_and_other_actuator_endpoints_are_not() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/metrics")).andExpect(status().isForbidden());
    }
}
