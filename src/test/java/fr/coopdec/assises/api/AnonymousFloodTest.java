package fr.coopdec.assises.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.coopdec.assises.AssisesFixtures;
import fr.coopdec.assises.Evenement;
import fr.coopdec.assises.EvenementService;
import fr.coopdec.shared.abuse.LimiteurAnonyme;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.IntegrationTest;
import fr.coopdec.support.TestUsers;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** A flood of anonymous registrations: rate limits per client address and per event, and the per-request cap. */
@IntegrationTest
class AnonymousFloodTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    AssisesFixtures fixtures;

    @Autowired
    LimiteurAnonyme limiteur;

    @Autowired
    EvenementService evenements;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    private static String body(int n, int people) {
        String participants = IntStream.range(0, people)
                .mapToObj(p ->
                        """
                {"prenom":"Awa","nom":"Flot %d-%d","email":"flot%d-%d@exemple.bj","organisation":"Commune d’Abomey",
                 "categorie":"COLLECTIVITE_PARTENAIRE"}"""
                                .formatted(n, p, n, p))
                .collect(Collectors.joining(","));
        return "{\"participants\":[" + participants + "],\"accepteAttente\":true,\"langue\":\"fr\"}";
    }

    private static MockHttpServletRequestBuilder register(long evenement, String address, String json) {
        return post("/api/v1/evenements/" + evenement + "/inscriptions")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    @Test
    void two_hundred_registrations_from_one_address_the_first_n_pass_the_rest_get_429_and_seats_remain()
            throws Exception {
        Evenement e = fixtures.evenement(100);
        long n = limiteur.participantsParAdresseEtEvenement();
        Map<Integer, Integer> statuses = new TreeMap<>();
        MvcResult refused = null;
        for (int i = 0; i < 200; i++) {
            MvcResult r =
                    mvc.perform(register(e.getId(), "203.0.113.7", body(i, 1))).andReturn();
            statuses.merge(r.getResponse().getStatus(), 1, Integer::sum);
            if (r.getResponse().getStatus() == 429 && refused == null) {
                refused = r;
            }
        }
        assertThat(statuses).containsExactly(Map.entry(201, (int) n), Map.entry(429, 200 - (int) n));
        assertThat(fixtures.placesPrises(e.getId())).isEqualTo(n);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM assises_inscription WHERE evenement_id = ?", Integer.class, e.getId()))
                .isEqualTo((int) n);
        assertThat(Long.parseLong(refused.getResponse().getHeader("Retry-After")))
                .isPositive();
        assertThat(refused.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Trop de demandes depuis votre connexion");
        // Another client still gets its seat.
        mvc.perform(register(e.getId(), "198.51.100.23", body(999, 1))).andExpect(status().isCreated());
    }

    @Test
    void a_delegation_counts_each_person_against_the_address_limit() throws Exception {
        Evenement e = fixtures.evenement(100);
        long n = limiteur.participantsParAdresseEtEvenement();
        int delegation = 10;
        int accepted = 0;
        for (int i = 0; i < 5; i++) {
            if (mvc.perform(register(e.getId(), "203.0.113.8", body(i, delegation)))
                            .andReturn()
                            .getResponse()
                            .getStatus()
                    == 201) {
                accepted += delegation;
            }
        }
        assertThat(accepted).isEqualTo((int) (n / delegation * delegation));
        assertThat(fixtures.placesPrises(e.getId())).isEqualTo(accepted);
    }

    @Test
    void a_request_with_more_people_than_the_event_allows_is_refused_with_a_french_message() throws Exception {
        Evenement e = fixtures.evenement(100);
        users.signInAs(Role.ADMIN, u -> {});
        try {
            Evenement edit = evenements.pourGestion(e.getId());
            edit.setMaxParticipantsParDemande(3);
            evenements.enregistrer(edit);
        } finally {
            users.signOut();
        }
        mvc.perform(register(e.getId(), "203.0.113.9", body(1, 4)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parametre").value("participants"))
                .andExpect(jsonPath("$.valeur").value("4"))
                .andExpect(jsonPath("$.message")
                        .value(org.hamcrest.Matchers.startsWith("Une demande peut inscrire au plus 3 personne(s)")));
        assertThat(fixtures.placesPrises(e.getId())).isZero();
        mvc.perform(register(e.getId(), "203.0.113.9", body(2, 3))).andExpect(status().isCreated());
    }
}
