package fr.coopdec.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.coopdec.shared.security.Role;
import fr.coopdec.support.IntegrationTest;
import fr.coopdec.support.TestUsers;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Password guessing in parallel, CSRF on the sign-in form and sessions that end when the account
 * changes, through the real Spring Security filter chain on MariaDB.
 */
@IntegrationTest
class LoginAbuseTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestUsers testUsers;

    @Autowired
    UtilisateurService service;

    @Autowired
    UtilisateurRepository repository;

    @Autowired
    JdbcTemplate jdbc;

    /**
     * A page only a signed-in administrator gets (Vaadin views are not served by MockMvc; the decision
     * tested here is the security filter chain's, the same for every page).
     */
    private static final String PROTECTED = "/actuator/metrics";

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Test
    void twenty_parallel_wrong_passwords_are_all_counted_and_lock_the_account() throws Exception {
        String email = testUsers.create(Role.AFD);
        int attempts = 20;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MvcResult>> results = new ArrayList<>();
        try {
            for (int i = 0; i < attempts; i++) {
                String password = "wrong-" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(formLogin("/login").user(email).password(password))
                            .andReturn();
                }));
            }
            start.countDown();
            for (Future<MvcResult> result : results) {
                MvcResult r = result.get();
                assertThat(r.getResponse().getStatus()).isEqualTo(302);
                assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
            }
        } finally {
            pool.shutdownNow();
        }
        Integer counted =
                jdbc.queryForObject("SELECT failed_logins FROM utilisateur WHERE email = ?", Integer.class, email);
        Timestamp lockedUntil =
                jdbc.queryForObject("SELECT locked_until FROM utilisateur WHERE email = ?", Timestamp.class, email);
        assertThat(counted).isEqualTo(attempts);
        assertThat(lockedUntil).isNotNull();
        // Locked: even the right password is refused now, with the same redirect.
        mvc.perform(formLogin("/login").user(email).password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void a_failure_after_the_window_starts_a_new_count() throws Exception {
        String email = testUsers.create(Role.AFD);
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/login").user(email).password("wrong-" + i));
        }
        jdbc.update(
                "UPDATE utilisateur SET first_failed_login_at = ? WHERE email = ?",
                Timestamp.from(Instant.now().minus(LoginAttempts.WINDOW).minus(1, ChronoUnit.MINUTES)),
                email);
        mvc.perform(formLogin("/login").user(email).password("wrong-again"));
        assertThat(jdbc.queryForObject("SELECT failed_logins FROM utilisateur WHERE email = ?", Integer.class, email))
                .isEqualTo(1);
        assertThat(repository.findByEmailIgnoreCase(email).orElseThrow().getLockedUntil())
                .isNull();
    }

    @Test
    void sign_in_without_the_csrf_token_is_refused_and_not_authenticated() throws Exception {
        String email = testUsers.create(Role.AFD);
        MvcResult result = mvc.perform(post("/login").param("username", email).param("password", TestUsers.PASSWORD))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isNotEqualTo(200);
        assertThat(result.getResponse().getRedirectedUrl()).isNotEqualTo("/");
        assertThat(repository.findByEmailIgnoreCase(email).orElseThrow().getLastLoginAt())
                .isNull();
        // With the token (as the login form sends it from the page's meta tags) it works.
        mvc.perform(formLogin("/login").user(email).password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void disabling_an_account_ends_its_open_session_but_not_another_users() throws Exception {
        assertSessionEnds(id -> service.setEnabled(id, false));
    }

    @Test
    void changing_the_role_ends_the_open_session() throws Exception {
        assertSessionEnds(id -> {
            Utilisateur user = service.findById(id).orElseThrow();
            user.setRole(Role.ORGANISATEUR);
            service.update(user);
        });
    }

    @Test
    void resetting_the_password_ends_the_open_session() throws Exception {
        assertSessionEnds(id -> service.resetPassword(id, "another-long-password-2026"));
    }

    @Test
    void renaming_an_account_keeps_its_session() throws Exception {
        String email = testUsers.create(Role.ADMIN);
        MockHttpSession session = signIn(email);
        asAdmin(() -> {
            Utilisateur user = repository.findByEmailIgnoreCase(email).orElseThrow();
            user.setNom("Nouveau nom");
            service.update(user);
        });
        mvc.perform(get(PROTECTED).session(session)).andExpect(status().isOk());
    }

    private void assertSessionEnds(Consumer<Long> change) throws Exception {
        String changed = testUsers.create(Role.ADMIN);
        String other = testUsers.create(Role.ADMIN);
        MockHttpSession changedSession = signIn(changed);
        MockHttpSession otherSession = signIn(other);
        mvc.perform(get(PROTECTED).session(changedSession)).andExpect(status().isOk());

        long id = repository.findByEmailIgnoreCase(changed).orElseThrow().getId();
        asAdmin(() -> change.accept(id));

        // the session is ended: the request goes on as anonymous, which the administrators' endpoint refuses
        mvc.perform(get(PROTECTED).session(changedSession)).andExpect(status().isForbidden());
        assertThat(changedSession.isInvalid()).isTrue();
        mvc.perform(get(PROTECTED).session(otherSession)).andExpect(status().isOk());
    }

    private MockHttpSession signIn(String email) throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user(email).password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        return (MockHttpSession) login.getRequest().getSession(false);
    }

    private void asAdmin(Runnable action) {
        testUsers.signInAs(Role.ADMIN, user -> {});
        try {
            action.run();
        } finally {
            testUsers.signOut();
        }
    }
}
