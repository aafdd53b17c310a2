package fr.coopdec.atlas.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.atlas.OpenDataFixtures;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.xml.sax.SAXException;

/** The CSV and IATI downloads of a search, streamed, anonymous. */
@IntegrationTest
class ExportApiControllerTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    AtlasFixtures fixtures;

    @Autowired
    OpenDataFixtures openData;

    @Autowired
    fr.coopdec.atlas.PartenariatService partenariats;

    @Autowired
    fr.coopdec.support.TestUsers users;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    fr.coopdec.ficol.FicolFixtures ficol;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = ApiTestSupport.mvc(context);
    }

    @Test
    void csv_of_partnerships_is_excel_friendly_utf8_with_labels_in_words() throws Exception {
        String token = AtlasFixtures.token();
        Partenariat p = openData.avecProjet("Coopération « eau » ; Lyon " + token, "BJ");
        fixtures.partenariat("Autre pays " + token, fixtures.commune("69123"), "SN");

        MockHttpServletResponse response = ApiTestSupport.download(
                        mvc, "/api/v1/partenariats.csv?q=" + token + "&pays=BJ")
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition"))
                .matches("attachment; filename=\"atlas-partenariats-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
        byte[] bytes = response.getContentAsByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines =
                new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("Identifiant;Intitulé;Nature;Statut;Année de début;Année de fin;Pays;");
        assertThat(lines.get(1))
                .startsWith(p.getId() + ";\"Coopération « eau » ; Lyon " + token + "\";"
                        + "Coopération décentralisée;Actif;2015;;Bénin;BJ;Lyon;Commune zq")
                .contains(";Eau potable et assainissement;2;")
                .endsWith("/atlas/partenariats/" + p.getId());
    }

    @Test
    void csv_of_projects_has_one_row_per_project_and_a_column_per_cofinancing_source() throws Exception {
        String token = AtlasFixtures.token();
        Partenariat p = openData.avecProjet("Projets " + token, "BJ");

        MockHttpServletResponse response = ApiTestSupport.download(
                        mvc, "/api/v1/partenariats.csv?par=projet&q=" + token)
                .getResponse();

        assertThat(response.getHeader("Content-Disposition")).contains("atlas-projets-");
        List<String> lines = response.getContentAsString(StandardCharsets.UTF_8)
                .substring(1)
                .lines()
                .toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0))
                .endsWith(";Cofinancement DAECT (MEAE) (euros);Cofinancement AFD (FICOL) (euros);"
                        + "Cofinancement Union européenne (euros);Cofinancement Collectivités partenaires (euros);"
                        + "Cofinancement Autres (euros)");
        String forages =
                lines.stream().filter(l -> l.contains("Forages")).findFirst().orElseThrow();
        assertThat(forages)
                .startsWith(p.getId() + ";")
                .contains(
                        ";En cours;01/03/2022;30/06/2025;150000,00;Eau potable et assainissement;40000,00;25000,50;;;");
        assertThat(lines).anyMatch(l -> l.contains("Jumelage scolaire") && l.contains(";En identification;"));
    }

    @Test
    void csv_of_an_empty_search_is_just_the_header() throws Exception {
        MockHttpServletResponse response = ApiTestSupport.download(
                        mvc, "/api/v1/partenariats.csv?q=" + AtlasFixtures.token())
                .getResponse();
        assertThat(response.getContentAsString(StandardCharsets.UTF_8).lines()).hasSize(1);
    }

    @Test
    void iati_export_of_the_projects_validates_against_the_official_2_03_schema() throws Exception {
        String token = AtlasFixtures.token();
        Partenariat p = openData.avecProjet("IATI " + token, "BJ");

        MockHttpServletResponse response = ApiTestSupport.download(mvc, "/api/v1/iati/activites.xml?q=" + token)
                .getResponse();

        assertThat(response.getContentType()).startsWith("application/xml");
        assertThat(response.getHeader("Content-Disposition"))
                .contains("attachment")
                .contains(".xml");
        byte[] xml = response.getContentAsByteArray();
        iatiSchema().newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(count(text, "<iati-activity ")).isEqualTo(2);
        assertThat(text)
                .contains("<reporting-org ref=\"FR-RCS-216901231\" type=\"11\">")
                .contains("<iati-identifier>FR-RCS-216901231-COOPDEC-")
                .contains("<recipient-country code=\"BJ\"")
                .contains("<activity-status code=\"2\"")
                .contains("<activity-date type=\"2\" iso-date=\"2022-03-01\"")
                .contains("<activity-date type=\"3\" iso-date=\"2025-06-30\"")
                .contains("<participating-org ref=\"FR-6\" type=\"10\" role=\"1\">")
                .contains("<participating-org ref=\"FR-RCS-216901231\" type=\"11\" role=\"2\">")
                .contains("<collaboration-type code=\"1\"/><default-flow-type code=\"10\"/>")
                .contains("<period-start iso-date=\"2022-03-01\"/><period-end iso-date=\"2022-12-31\"/>")
                .contains("<period-start iso-date=\"2025-01-01\"/><period-end iso-date=\"2025-06-30\"/>")
                .contains("<transaction-type code=\"11\"")
                .contains(">25000.50</value>")
                .contains("&amp; assainissement &lt;quartiers&gt;");
        Matcher sectors = Pattern.compile("<sector vocabulary=\"1\" code=\"(\\d{5})\" percentage=\"([0-9.]+)\"")
                .matcher(text);
        BigDecimal sum = BigDecimal.ZERO;
        int found = 0;
        while (sectors.find() && found < 2) { // the first activity's sectors (EAU_ASSAINISSEMENT: 2 DAC codes)
            sum = sum.add(new BigDecimal(sectors.group(2)));
            found++;
        }
        assertThat(sum).isEqualByComparingTo("100");
        assertThat(p.getId()).isPositive();
    }

    @Test
    void published_identifiers_do_not_change_when_an_authority_joins_the_partnership_or_is_renamed() throws Exception {
        String token = AtlasFixtures.token();
        Partenariat p = openData.avecProjet("Identifiants " + token, "BJ");
        var grant = ficol.accordeSur(p, "69123", 300_000, 100_000);
        String before = identifiers(token);
        assertThat(before)
                .contains("FR-RCS-216901231-COOPDEC-")
                .contains("<iati-identifier>FR-RCS-216901231-COOPDEC-FICOL-" + grant.getId() + "</iati-identifier>");

        // Abbeville sorts before Lyon: the old export took "the first authority by name" as reporting org.
        users.signInAs(Role.ADMIN, u -> {});
        Partenariat edited = partenariats.findForEdit(p.getId());
        java.util.Set<fr.coopdec.referential.CollectiviteFrancaise> francaises =
                new java.util.HashSet<>(edited.getCollectivitesFrancaises());
        francaises.add(fixtures.commune("80001"));
        edited.setCollectivitesFrancaises(francaises);
        partenariats.save(edited);
        users.signOut();
        assertThat(identifiers(token)).isEqualTo(before);

        String nom = jdbc.queryForObject(
                "SELECT nom FROM collectivite_francaise WHERE code = '69123' AND type = 'COMMUNE'", String.class);
        try {
            jdbc.update(
                    "UPDATE collectivite_francaise SET nom = 'Aaa Lyon renommée', siren = '999999999' WHERE code = '69123' AND type = 'COMMUNE'");
            assertThat(identifiers(token)).isEqualTo(before);
        } finally {
            jdbc.update(
                    "UPDATE collectivite_francaise SET nom = ?, siren = '216901231' WHERE code = '69123' AND type = 'COMMUNE'",
                    nom);
        }
    }

    private String identifiers(String token) throws Exception {
        String xml = ApiTestSupport.download(mvc, "/api/v1/iati/activites.xml?q=" + token)
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("<iati-identifier>([^<]+)</iati-identifier>|ref=\"([^\"]+)\"")
                .matcher(xml);
        StringBuilder ids = new StringBuilder();
        while (m.find()) {
            ids.append(m.group(0)).append('\n');
        }
        return ids.toString();
    }

    @Test
    void iati_export_of_a_search_without_projects_is_a_json_404_since_the_schema_needs_one_activity() throws Exception {
        mvc.perform(get("/api/v1/iati/activites.xml").param("q", AtlasFixtures.token()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").exists());
        // Why not an empty file: the official schema refuses an iati-activities element without activities.
        String empty = "<iati-activities version=\"2.03\"/>";
        assertThatThrownBy(() -> iatiSchema()
                        .newValidator()
                        .validate(new StreamSource(new ByteArrayInputStream(empty.getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOf(SAXException.class)
                .hasMessageContaining("iati-activity");
    }

    static Schema iatiSchema() throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        return factory.newSchema(ExportApiControllerTest.class.getResource("/iati-2.03/iati-activities-schema.xsd"));
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void csv_cells_a_spreadsheet_would_read_as_a_formula_are_neutralised_in_both_exports() throws Exception {
        String token = AtlasFixtures.token();
        Partenariat p = openData.avecProjet("=HYPERLINK(\"http://x.example\") " + token, "BJ");
        users.signInAs(Role.ADMIN, u -> {});
        Partenariat edited = partenariats.findForEdit(p.getId());
        edited.getProjets().stream()
                .filter(pr -> pr.getTitre().startsWith("Forages"))
                .forEach(pr -> pr.setTitre("@SUM(1+1)*cmd|' /C calc'!A0 " + token));
        partenariats.save(edited);
        users.signOut();

        String partnerships = ApiTestSupport.download(mvc, "/api/v1/partenariats.csv?q=" + token)
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(partnerships).contains(p.getId() + ";\"'=HYPERLINK(\"\"http://x.example\"\") " + token + "\";");
        String projects = ApiTestSupport.download(mvc, "/api/v1/partenariats.csv?par=projet&q=" + token)
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(projects)
                .contains(";'@SUM(1+1)*cmd|' /C calc'!A0 " + token + ";En cours;")
                .doesNotContain(";@SUM", ";=HYPERLINK", ";\"=HYPERLINK", ";\"@SUM")
                // amounts stay numbers
                .contains(";150000,00;");
    }

    @Test
    void iati_export_of_a_partnership_whose_only_activity_is_a_ficol_grant_is_that_activity() throws Exception {
        var grant = ficol.accorde("69123", "BJ", 200_000, 50_000);
        String token = partenariats
                .findDetail(grant.getPartenariatId())
                .orElseThrow()
                .getIntitule()
                .substring("FICOL ".length());

        MockHttpServletResponse response = ApiTestSupport.download(mvc, "/api/v1/iati/activites.xml?q=" + token)
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        byte[] xml = response.getContentAsByteArray();
        iatiSchema().newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(count(text, "<iati-activity ")).isEqualTo(1);
        assertThat(text).contains("-COOPDEC-FICOL-" + grant.getId() + "</iati-identifier>");
    }
}
