package fr.coopdec.atlas.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.atlas.OpenDataFixtures;
import fr.coopdec.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** The JSON open-data API, anonymous, through the real security chain on MariaDB. */
@IntegrationTest
class PartenariatApiControllerTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    AtlasFixtures fixtures;

    @Autowired
    OpenDataFixtures openData;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = ApiTestSupport.mvc(context);
    }

    @Test
    void list_applies_the_search_filters_and_pages_in_a_stable_id_order() throws Exception {
        String token = AtlasFixtures.token();
        long first = fixtures.partenariat("Bénin A " + token, fixtures.commune("69123"), "BJ", "EAU_ASSAINISSEMENT")
                .getId();
        long second = fixtures.partenariat("Bénin B " + token, fixtures.commune("33063"), "BJ", "CULTURE")
                .getId();
        fixtures.partenariat("Sénégal " + token, fixtures.commune("69123"), "SN");

        mvc.perform(get("/api/v1/partenariats")
                        .param("q", token)
                        .param("pays", "BJ")
                        .param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(first))
                .andExpect(jsonPath("$.items[0].pays.code").value("BJ"))
                .andExpect(jsonPath("$.items[0].pays.libelle").value("Bénin"))
                .andExpect(jsonPath("$.items[0].nature.libelle").value("Coopération décentralisée"))
                .andExpect(jsonPath("$.items[0].collectivitesFrancaises[0]").value("Lyon"))
                .andExpect(jsonPath("$.items[0].thematiques[0].code").value("EAU_ASSAINISSEMENT"))
                .andExpect(jsonPath("$.items[0].derniereMiseAJour").value(notNullValue()))
                .andExpect(jsonPath("$.items[0].lien").value("/atlas/partenariats/" + first));
        mvc.perform(get("/api/v1/partenariats")
                        .param("q", token)
                        .param("pays", "BJ")
                        .param("size", "1")
                        .param("page", "1"))
                .andExpect(jsonPath("$.items[0].id").value(second))
                .andExpect(jsonPath("$.page").value(1));
        mvc.perform(get("/api/v1/partenariats").param("q", token).param("theme", "CULTURE"))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].id").value(second));
        mvc.perform(get("/api/v1/partenariats").param("q", token).param("sort", "intitule,desc"))
                .andExpect(jsonPath("$.items[0].intitule").value("Sénégal " + token));
    }

    @Test
    void detail_shows_projects_and_cofinancings_but_contacts_by_function_only() throws Exception {
        long id = openData.avecProjet("Détail " + AtlasFixtures.token(), "BJ").getId();

        mvc.perform(get("/api/v1/partenariats/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.contacts[0]").value(OpenDataFixtures.ELU_FONCTION))
                .andExpect(jsonPath("$.projets.length()").value(2))
                .andExpect(jsonPath("$.projets[?(@.statutIati == 2)].cofinancements[0].source.code")
                        .value(hasItem("DAECT")))
                .andExpect(jsonPath("$.projets[?(@.statutIati == 2)].cofinancements[0].montant")
                        .value(hasItem(40000.0)))
                .andExpect(jsonPath("$.projets[?(@.statutIati == 2)].cofinancements[1].source.libelle")
                        .value(hasItem("AFD (FICOL)")))
                .andExpect(jsonPath("$.projets[?(@.statutIati == 1)].cofinancements.length()")
                        .value(hasItem(0)))
                .andExpect(content().string(not(containsString(OpenDataFixtures.ELU_NOM))))
                .andExpect(content().string(not(containsString(OpenDataFixtures.ELU_EMAIL))));
    }

    @Test
    void unknown_partnership_is_a_json_404() throws Exception {
        mvc.perform(get("/api/v1/partenariats/999999999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.parametre").value("id"))
                .andExpect(jsonPath("$.message").value(containsString("999999999")));
    }

    @Test
    void statistics_count_partnerships_by_each_dimension_with_the_filters() throws Exception {
        String token = AtlasFixtures.token();
        fixtures.partenariat("Stat A " + token, fixtures.commune("69123"), "BJ", "EAU_ASSAINISSEMENT");
        fixtures.partenariat("Stat B " + token, fixtures.commune("69123"), "BJ");
        fixtures.partenariat("Stat C " + token, fixtures.commune("69123"), "SN");

        mvc.perform(get("/api/v1/statistiques").param("par", "pays").param("q", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.lignes[0].cle").value("BJ"))
                .andExpect(jsonPath("$.lignes[0].libelle").value("Bénin"))
                .andExpect(jsonPath("$.lignes[0].nombre").value(2))
                .andExpect(jsonPath("$.lignes[1].nombre").value(1));
        mvc.perform(get("/api/v1/statistiques").param("par", "zone").param("q", token))
                .andExpect(jsonPath("$.lignes[0].libelle").value("Afrique de l’Ouest"))
                .andExpect(jsonPath("$.lignes[0].nombre").value(3));
        mvc.perform(get("/api/v1/statistiques").param("par", "theme").param("q", token))
                .andExpect(jsonPath("$.lignes[0].cle").value("EAU_ASSAINISSEMENT"));
        mvc.perform(get("/api/v1/statistiques").param("par", "annee").param("q", token))
                .andExpect(jsonPath("$.lignes[0].cle").value("2015"));
        mvc.perform(get("/api/v1/statistiques").param("par", "region").param("q", token))
                .andExpect(jsonPath("$.lignes[0].cle").value("84"))
                .andExpect(jsonPath("$.lignes[0].nombre").value(3));
    }

    @Test
    void every_bad_parameter_is_a_400_naming_it_never_a_500() throws Exception {
        List<String[]> cases = List.of(
                new String[] {"/api/v1/partenariats?page=-1", "page", "-1"},
                new String[] {"/api/v1/partenariats?page=deux", "page", "deux"},
                new String[] {"/api/v1/partenariats?size=201", "size", "201"},
                new String[] {"/api/v1/partenariats?size=0", "size", "0"},
                new String[] {"/api/v1/partenariats?sort=nom", "sort", "nom"},
                new String[] {"/api/v1/partenariats?sort=intitule,haut", "sort", "intitule,haut"},
                new String[] {"/api/v1/partenariats?debutMin=2O20", "debutMin", "2O20"},
                new String[] {"/api/v1/partenariats?debutMax=3000", "debutMax", "3000"},
                new String[] {"/api/v1/partenariats?pays=XX", "pays", "XX"},
                new String[] {"/api/v1/partenariats?pays=France", "pays", "FRANCE"},
                new String[] {"/api/v1/partenariats?theme=NOPE", "theme", "NOPE"},
                new String[] {"/api/v1/partenariats?statut=vivant", "statut", "vivant"},
                new String[] {"/api/v1/partenariats?collectivite=nowhere", "collectivite", "nowhere"},
                new String[] {"/api/v1/partenariats/abc", "id", "abc"},
                new String[] {"/api/v1/statistiques?par=continent", "par", "continent"},
                new String[] {"/api/v1/statistiques?par=pays&zone=LUNE", "zone", "LUNE"},
                new String[] {"/api/v1/statistiques", "par", null},
                new String[] {"/api/v1/partenariats.csv?par=ligne", "par", "ligne"},
                new String[] {"/api/v1/partenariats.csv?debutMin=x", "debutMin", "x"},
                new String[] {"/api/v1/iati/activites.xml?pays=ZZ", "pays", "ZZ"});
        for (String[] c : cases) {
            var result = mvc.perform(get(c[0]))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$.parametre").value(c[1]))
                    .andExpect(jsonPath("$.message").value(notNullValue()))
                    .andReturn();
            if (c[2] != null) {
                assertThat(result.getResponse().getContentAsString()).as(c[0]).contains("\"valeur\":\"" + c[2] + "\"");
            }
            assertThat(result.getResponse().getContentAsString()).as(c[0]).doesNotContain("!api.");
        }
    }

    @Test
    void api_is_open_to_other_sites_for_reading() throws Exception {
        mvc.perform(get("/api/v1/partenariats").param("size", "1").header("Origin", "https://data.example.org"))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", "*"));
    }

    @Test
    void openapi_document_and_swagger_ui_are_public_and_describe_the_filters_in_french() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/partenariats'].get.parameters[?(@.name == 'pays')].description")
                        .value(org.hamcrest.Matchers.hasItem(containsString("Code ISO 3166"))))
                .andExpect(jsonPath("$.paths['/api/v1/statistiques'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/iati/activites.xml'].get").exists())
                .andExpect(jsonPath("$.info.license.name").value(containsString("Etalab")));
        mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    @Test
    void a_page_links_to_the_first_previous_next_and_last_pages_with_the_same_filters() throws Exception {
        String token = AtlasFixtures.token();
        long[] ids = new long[3];
        for (int i = 0; i < 3; i++) {
            ids[i] = fixtures.partenariat("Liens " + i + " " + token, fixtures.commune("69123"), "BJ")
                    .getId();
        }

        // as a client sends them: in the query string, which the links keep
        var middle = mvc.perform(get("/api/v1/partenariats?q=" + token + "&size=1&page=1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(ids[1]))
                .andExpect(jsonPath("$.liens.premiere").value(containsString("page=0")))
                .andExpect(jsonPath("$.liens.precedente").value(containsString("page=0")))
                .andExpect(jsonPath("$.liens.suivante").value(containsString("page=2")))
                .andExpect(jsonPath("$.liens.derniere").value(containsString("page=2")))
                .andReturn();
        String next = com.jayway.jsonpath.JsonPath.read(middle.getResponse().getContentAsString(), "$.liens.suivante");
        assertThat(next).startsWith("http://").contains("q=" + token, "size=1");
        // following the link gives the next page, same filters
        java.net.URI uri = java.net.URI.create(next);
        mvc.perform(get(uri.getPath() + "?" + uri.getRawQuery()))
                .andExpect(jsonPath("$.items[0].id").value(ids[2]))
                .andExpect(jsonPath("$.liens.suivante").doesNotExist())
                .andExpect(jsonPath("$.liens.precedente").value(containsString("page=1")));
        mvc.perform(get("/api/v1/partenariats?q=" + token + "&size=1"))
                .andExpect(jsonPath("$.liens.precedente").doesNotExist())
                .andExpect(jsonPath("$.liens.suivante").value(containsString("page=1")));
        // an empty result still has a first and a last page (page 0)
        mvc.perform(get("/api/v1/partenariats").param("q", AtlasFixtures.token()))
                .andExpect(jsonPath("$.liens.premiere").value(containsString("page=0")))
                .andExpect(jsonPath("$.liens.derniere").value(containsString("page=0")))
                .andExpect(jsonPath("$.liens.suivante").doesNotExist());
    }

    @Test
    void a_start_year_range_upside_down_is_a_400_on_every_endpoint() throws Exception {
        String range = "debutMin=2020&debutMax=2010";
        for (String url : List.of(
                "/api/v1/partenariats?" + range,
                "/api/v1/statistiques?par=pays&" + range,
                "/api/v1/partenariats.csv?" + range,
                "/api/v1/iati/activites.xml?" + range)) {
            mvc.perform(get(url))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$.parametre").value("debutMax"))
                    .andExpect(jsonPath("$.valeur").value("2010"))
                    .andExpect(jsonPath("$.message").value(notNullValue()));
        }
        mvc.perform(get("/api/v1/partenariats").param("debutMin", "2010").param("debutMax", "2010"))
                .andExpect(status().isOk());
    }

    @Test
    void openapi_documents_the_errors_the_paging_bounds_and_the_export_media_types() throws Exception {
        String ref = "#/components/schemas/ApiError";
        String list = "$.paths['/api/v1/partenariats'].get";
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.ApiError.properties.parametre")
                        .exists())
                .andExpect(jsonPath("$.components.schemas.ApiError.properties.valeur")
                        .exists())
                .andExpect(jsonPath("$.components.schemas.ApiError.properties.message")
                        .exists())
                // 400 on every endpoint, 404 where an id or an empty export can miss
                .andExpect(jsonPath(list + ".responses['400'].content['application/json'].schema['$ref']")
                        .value(ref))
                .andExpect(jsonPath("$.paths['/api/v1/statistiques'].get.responses['400'].content['application/json']"
                                + ".schema['$ref']")
                        .value(ref))
                .andExpect(jsonPath("$.paths['/api/v1/partenariats.csv'].get.responses['400']"
                                + ".content['application/json'].schema['$ref']")
                        .value(ref))
                .andExpect(jsonPath("$.paths['/api/v1/partenariats/{id}'].get.responses['404']"
                                + ".content['application/json'].schema['$ref']")
                        .value(ref))
                .andExpect(jsonPath("$.paths['/api/v1/iati/activites.xml'].get.responses['404']"
                                + ".content['application/json'].schema['$ref']")
                        .value(ref))
                // page and size are bounded integers
                .andExpect(jsonPath(list + ".parameters[?(@.name == 'page')].schema.type")
                        .value(hasItem("integer")))
                .andExpect(jsonPath(list + ".parameters[?(@.name == 'page')].schema.minimum")
                        .value(hasItem(0)))
                .andExpect(jsonPath(list + ".parameters[?(@.name == 'size')].schema.type")
                        .value(hasItem("integer")))
                .andExpect(jsonPath(list + ".parameters[?(@.name == 'size')].schema.minimum")
                        .value(hasItem(1)))
                .andExpect(jsonPath(list + ".parameters[?(@.name == 'size')].schema.maximum")
                        .value(hasItem(200)))
                .andExpect(jsonPath(list + ".parameters[?(@.name == 'debutMax')].schema.type")
                        .value(hasItem("integer")))
                // the exports say what they return
                .andExpect(jsonPath("$.paths['/api/v1/partenariats.csv'].get.responses['200'].content['text/csv']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/iati/activites.xml'].get.responses['200']"
                                + ".content['application/xml']")
                        .exists())
                // a page's links are part of the documented answer
                .andExpect(jsonPath("$.components.schemas.Liens.properties.suivante")
                        .exists());
    }
}
