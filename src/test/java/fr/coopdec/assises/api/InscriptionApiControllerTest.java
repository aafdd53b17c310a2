package fr.coopdec.assises.api;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.coopdec.assises.AssisesFixtures;
import fr.coopdec.assises.Evenement;
import fr.coopdec.assises.SessionProgramme;
import fr.coopdec.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@IntegrationTest
class InscriptionApiControllerTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    AssisesFixtures fixtures;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    private static String body(String email, String sessions, boolean attente) {
        return """
                {"participants":[{"prenom":"Awa","nom":"Houngbo","email":"%s","organisation":"Commune d’Abomey",
                 "categorie":"COLLECTIVITE_PARTENAIRE"}],"sessions":[%s],"accepteAttente":%s,"langue":"fr"}
                """
                .formatted(email, sessions, attente);
    }

    @Test
    void an_anonymous_registration_is_created_without_csrf_token() throws Exception {
        Evenement e = fixtures.evenement(5);
        mvc.perform(post("/api/v1/evenements/" + e.getId() + "/inscriptions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("awa@test.coopdec.fr", "", false)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lignes[0].statut").value("CONFIRMEE"))
                .andExpect(jsonPath("$.lignes[0].jeton").isNotEmpty());
    }

    @Test
    void a_bad_field_gives_400_naming_it() throws Exception {
        Evenement e = fixtures.evenement(5);
        mvc.perform(post("/api/v1/evenements/" + e.getId() + "/inscriptions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("pas-un-email", "", false)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parametre").value("participants[0].email"))
                .andExpect(jsonPath("$.message").isNotEmpty());
        mvc.perform(post("/api/v1/evenements/" + e.getId() + "/inscriptions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("a@test.coopdec.fr", "999999999", false)
                                .replace("COLLECTIVITE_PARTENAIRE", "COLLECTIVITE_PARTENAIRE")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parametre").value("sessions"));
        mvc.perform(post("/api/v1/evenements/" + e.getId() + "/inscriptions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("a@test.coopdec.fr", "", false).replace("COLLECTIVITE_PARTENAIRE", "MARTIEN")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.parametre").value("participants[0].categorie"));
        mvc.perform(post("/api/v1/evenements/0/inscriptions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("a@test.coopdec.fr", "", false)))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_full_session_without_waitlist_gives_409_and_with_waitlist_201() throws Exception {
        Evenement e = fixtures.evenement(5);
        SessionProgramme s = fixtures.session(e, "Salle " + AssisesFixtures.token(), 9, 1);
        fixtures.inscrire(e, "Premiere", false, s.getId());
        String url = "/api/v1/evenements/" + e.getId() + "/inscriptions";
        mvc.perform(post(url)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("b@test.coopdec.fr", "" + s.getId(), false)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.parametre").value("sessions"))
                .andExpect(jsonPath("$.valeur").value(String.valueOf(s.getId())));
        mvc.perform(post(url)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("b@test.coopdec.fr", "" + s.getId(), true)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lignes[0].sessionsEnAttente[0]").value(s.getId()));
    }

    @Test
    void a_second_registration_of_the_same_address_answers_200_with_the_existing_status_and_no_token()
            throws Exception {
        Evenement e = fixtures.evenement(5);
        String url = "/api/v1/evenements/" + e.getId() + "/inscriptions";
        String email = "api-double-" + AssisesFixtures.token() + "@test.coopdec.fr";
        mvc.perform(post(url).contentType(MediaType.APPLICATION_JSON).content(body(email, "", true)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lignes[0].dejaInscrit").value(false));
        mvc.perform(post(url).contentType(MediaType.APPLICATION_JSON).content(body(email.toUpperCase(), "", true)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lignes[0].dejaInscrit").value(true))
                .andExpect(jsonPath("$.lignes[0].statut").value("CONFIRMEE"))
                .andExpect(jsonPath("$.lignes[0].jeton").doesNotExist());
    }

    @Test
    void registration_on_an_ended_event_gives_409_in_french() throws Exception {
        Evenement e = fixtures.evenement(
                300, java.time.LocalDate.of(2016, 11, 3), java.time.LocalDate.of(2016, 11, 4), null, null);
        mvc.perform(post("/api/v1/evenements/" + e.getId() + "/inscriptions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("tardif@test.coopdec.fr", "", true)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.parametre").value("evenement"))
                .andExpect(jsonPath("$.message")
                        .value("Les inscriptions à « " + e.getTitre() + " » sont closes depuis le 3 novembre 2016."));
    }

    @Test
    void the_endpoint_is_documented_in_openapi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/evenements/{id}/inscriptions'].post.responses['409']")
                        .exists());
    }
}
