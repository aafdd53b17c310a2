package fr.coopdec.atlas.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.coopdec.atlas.demo.AtlasDemoGenerator;
import fr.coopdec.dashboard.DashboardService;
import fr.coopdec.ficol.FicolAgregat;
import fr.coopdec.ficol.FicolDemoGenerator;
import fr.coopdec.ficol.FicolStatistiques;
import fr.coopdec.shared.dashboard.KeyFigure;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.IntegrationTest;
import fr.coopdec.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The open data as a re-user sees it, on the whole demo data set (1,200 Atlas partnerships, the FICOL
 * demo files, the Cotonou Assises): the IATI export whole, for Benin and for Lyon, through the 2.03
 * schema, the Standard Ruleset and the codelists (any error fails; warnings are printed, the README
 * lists those left and why); every granted FICOL file in its partnership's API record with each paid
 * tranche; the same committed, granted and paid totals on the dashboard, in the API and in IATI; and
 * the invariants of the generated data.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IatiDemoExportTest {

    private static final String COTONOU = "Assises de la coopération décentralisée franco-béninoise";
    private static final String GRANTED = "('ACCORDE', 'CONVENTION_SIGNEE', 'VERSEMENTS', 'RAPPORT_FINAL', 'CLOS')";

    @Autowired
    AtlasDemoGenerator atlasDemo;

    @Autowired
    FicolDemoGenerator ficolDemo;

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    DashboardService dashboard;

    @Autowired
    FicolStatistiques ficolStatistiques;

    private MockMvc mvc;
    /** FICOL files with a greater id were made by this test's demo generation. */
    private long lastFileBefore;

    private final Map<String, byte[]> exports = new HashMap<>();
    private final Map<Long, JsonNode> records = new HashMap<>();

    @BeforeAll
    void generateTheDemoData() throws Exception {
        lastFileBefore = count("SELECT COALESCE(MAX(id), 0) FROM ficol_dossier");
        removeDemo();
        atlasDemo.generate(1_200, 2026);
        users.signInAs(Role.ADMIN, u -> {});
        assertThat(ficolDemo.generer(LocalDate.now())).isGreaterThan(30);
        users.signOut();
        // The Assises demo is only a bean when demo mode is on: built here as the demo start builds it.
        Class<?> assises = Class.forName("fr.coopdec.assises.demo.AssisesDemoData");
        ((ApplicationRunner) context.getAutowireCapableBeanFactory().createBean(assises)).run(null);
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    /** The Cotonou event, the FICOL files of the demo (on demo partnerships, or made by this run), the partnerships. */
    @AfterAll
    void removeDemo() {
        users.signOut();
        jdbc.update("DELETE FROM assises_evenement WHERE titre = ?", COTONOU);
        List<Long> files = jdbc.queryForList(
                "SELECT d.id FROM ficol_dossier d JOIN partenariat p ON p.id = d.partenariat_id"
                        + " WHERE p.created_by = ? OR d.id > ?",
                Long.class,
                AtlasDemoGenerator.AUTHOR,
                lastFileBefore);
        if (!files.isEmpty()) {
            String ids = files.stream().map(String::valueOf).collect(Collectors.joining(","));
            for (String table : new String[] {
                "ficol_tranche", "ficol_journal", "ficol_ligne_plan", "ficol_dossier_thematique", "ficol_dossier_membre"
            }) {
                jdbc.update("DELETE FROM " + table + " WHERE dossier_id IN (" + ids + ")");
            }
            jdbc.update("DELETE FROM ficol_dossier WHERE id IN (" + ids + ")");
        }
        atlasDemo.purge();
    }

    @ParameterizedTest(name = "export{0}")
    @ValueSource(strings = {"", "?pays=BJ", "?collectivite=69123"})
    void the_iati_export_has_no_schema_error_and_no_rule_error(String query) throws Exception {
        IatiValidator.Report report = new IatiValidator(LocalDate.now()).validate(export(query));

        Map<String, Long> warnings = report.warnings().stream()
                .collect(Collectors.groupingBy(IatiRuleset.Violation::ruleId, TreeMap::new, Collectors.counting()));
        System.out.println("IATI export" + query + ": " + report.activities() + " activities, "
                + report.errors().size() + " rule errors, warnings by rule " + warnings
                + (report.warnings().isEmpty()
                        ? ""
                        : ", e.g. " + report.warnings().get(0)));
        assertThat(report.activities()).as(query).isGreaterThan(query.isEmpty() ? 3_000 : 5);
        assertThat(report.schemaErrors()).as("XSD errors of " + query).isEmpty();
        assertThat(report.errors()).as("rule errors of " + query).isEmpty();
    }

    @Test
    void the_whole_export_has_the_ficol_grants_yearly_budgets_and_recommended_defaults() throws Exception {
        String whole = new String(export(""), StandardCharsets.UTF_8);
        assertThat(whole)
                .contains("-COOPDEC-FICOL-")
                .contains("<budget type=\"1\" status=\"1\">")
                .contains("<default-aid-type code=\"C01\" vocabulary=\"1\"/>");
    }

    /** For every granted FICOL file, the partnership's API record shows the grant and each tranche paid. */
    @Test
    void every_granted_ficol_file_is_in_its_partnership_record_with_each_paid_tranche() throws Exception {
        var granted = jdbc.queryForList("SELECT d.id, d.partenariat_id, d.montant_accorde, d.date_comite"
                + " FROM ficol_dossier d WHERE d.statut IN " + GRANTED + " ORDER BY d.id");
        assertThat(granted.stream().filter(f -> ((Number) f.get("id")).longValue() > lastFileBefore))
                .as("granted files of the demo")
                .hasSizeGreaterThan(15);
        for (var file : granted) {
            long id = ((Number) file.get("id")).longValue();
            JsonNode record = record(((Number) file.get("partenariat_id")).longValue());
            var grant = StreamSupport.stream(record.get("financements").spliterator(), false)
                    .filter(f -> f.get("identifiant").asText().equals("FICOL-" + id))
                    .findFirst();
            assertThat(grant)
                    .as("FICOL-" + id + " in the record of " + file.get("partenariat_id"))
                    .isPresent();
            assertThat(grant.get().get("montantAccorde").decimalValue())
                    .as("granted, FICOL-" + id)
                    .isEqualByComparingTo((BigDecimal) file.get("montant_accorde"));
            assertThat(grant.get().get("dateAccord").asText()).isEqualTo(String.valueOf(file.get("date_comite")));

            List<String> tranches = jdbc.query(
                    "SELECT date_versement, montant FROM ficol_tranche WHERE dossier_id = ? AND date_versement <= ?"
                            + " ORDER BY numero",
                    (rs, i) -> rs.getDate(1).toLocalDate() + " "
                            + rs.getBigDecimal(2).stripTrailingZeros().toPlainString(),
                    id,
                    LocalDate.now());
            List<String> published = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode v : grant.get().get("versements")) {
                published.add(v.get("date").asText() + " "
                        + v.get("montant").decimalValue().stripTrailingZeros().toPlainString());
                sum = sum.add(v.get("montant").decimalValue());
            }
            assertThat(published).as("paid tranches of FICOL-" + id).isEqualTo(tranches);
            assertThat(grant.get().get("montantVerse").decimalValue())
                    .as("paid, FICOL-" + id)
                    .isEqualByComparingTo(sum);
        }
    }

    /**
     * Committed and granted (the committee's grants) and paid (tranches paid to date): the same totals on
     * the DAECT dashboard and the FICOL statistics, summed over the open API's partnership records, and
     * summed over the IATI export's FICOL activities (transactions 11 and 1).
     */
    @Test
    void committed_granted_and_paid_totals_agree_across_dashboard_api_and_iati() throws Exception {
        users.signInAs(Role.ADMIN, u -> {});
        List<KeyFigure> figures = dashboard.dashboard(null).figures();
        List<FicolAgregat> statistics = ficolStatistiques.parPays();
        users.signOut();
        BigDecimal dashboardGranted = figure(figures, "dashboard.ficol.accorde");
        BigDecimal dashboardPaid = figure(figures, "dashboard.ficol.verse");
        BigDecimal statisticsCommitted =
                statistics.stream().map(FicolAgregat::engage).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal statisticsPaid =
                statistics.stream().map(FicolAgregat::verse).reduce(BigDecimal.ZERO, BigDecimal::add);

        BigDecimal apiGranted = BigDecimal.ZERO;
        BigDecimal apiPaid = BigDecimal.ZERO;
        BigDecimal apiTranches = BigDecimal.ZERO;
        for (Long partenariat : jdbc.queryForList("SELECT DISTINCT partenariat_id FROM ficol_dossier", Long.class)) {
            for (JsonNode f : record(partenariat).get("financements")) {
                if (f.get("identifiant").asText().startsWith("FICOL-")) {
                    apiGranted = apiGranted.add(f.get("montantAccorde").decimalValue());
                    apiPaid = apiPaid.add(f.get("montantVerse").decimalValue());
                    for (JsonNode v : f.get("versements")) {
                        apiTranches = apiTranches.add(v.get("montant").decimalValue());
                    }
                }
            }
        }
        Map<String, BigDecimal> iati = ficolTransactions(export(""));

        assertThat(dashboardGranted).as("granted on the dashboard").isGreaterThan(BigDecimal.ZERO);
        assertThat(dashboardPaid).as("paid on the dashboard").isGreaterThan(BigDecimal.ZERO);
        assertThat(statisticsCommitted).as("committed, FICOL statistics").isEqualByComparingTo(dashboardGranted);
        assertThat(apiGranted).as("granted, API").isEqualByComparingTo(dashboardGranted);
        assertThat(iati.get("11")).as("committed, IATI (transaction 11)").isEqualByComparingTo(dashboardGranted);
        assertThat(statisticsPaid).as("paid, FICOL statistics").isEqualByComparingTo(dashboardPaid);
        assertThat(apiPaid).as("paid, API").isEqualByComparingTo(dashboardPaid);
        assertThat(apiTranches).as("paid tranches, API").isEqualByComparingTo(dashboardPaid);
        assertThat(iati.get("1")).as("paid, IATI (transaction 1)").isEqualByComparingTo(dashboardPaid);
    }

    /** The invariants of the generated demo data (Atlas, FICOL, Assises). */
    @Test
    void the_demo_data_is_coherent() {
        String demo = " p.created_by = '" + AtlasDemoGenerator.AUTHOR + "'";
        assertThat(count("SELECT COUNT(*) FROM partenariat p WHERE" + demo + " AND p.annee_fin < p.annee_debut"))
                .as("partnerships ending before they start")
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM partenariat p WHERE" + demo + " AND p.annee_debut > YEAR(CURDATE())"))
                .as("partnerships starting after this year")
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM partenariat p WHERE" + demo
                        + " AND p.statut = 'TERMINE' AND (p.annee_fin IS NULL OR p.annee_fin > YEAR(CURDATE()))"))
                .as("finished partnerships that end in the future")
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM projet pr JOIN partenariat p ON p.id = pr.partenariat_id WHERE" + demo
                        + " AND (pr.date_fin < pr.date_debut OR YEAR(pr.date_debut) < p.annee_debut"
                        + " OR (p.annee_fin IS NOT NULL AND YEAR(pr.date_fin) > p.annee_fin))"))
                .as("projects ending before they start or outside their partnership's years")
                .isZero();
        // a finished project has finished: no "actual" end in the future
        assertThat(count("SELECT COUNT(*) FROM projet pr JOIN partenariat p ON p.id = pr.partenariat_id WHERE" + demo
                        + " AND pr.statut IN ('ACHEVEMENT', 'CLOTURE') AND pr.date_fin > CURDATE()"))
                .as("finished projects with a future end")
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM (SELECT pr.partenariat_id, pr.titre FROM projet pr JOIN partenariat p"
                        + " ON p.id = pr.partenariat_id WHERE" + demo
                        + " GROUP BY pr.partenariat_id, pr.titre HAVING COUNT(*) > 1) x"))
                .as("identical project titles in a partnership")
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM projet pr JOIN partenariat p ON p.id = pr.partenariat_id WHERE" + demo
                        + " AND (pr.titre LIKE '% à eau%' OR pr.titre LIKE '% à le %' OR pr.titre LIKE '% à les %'"
                        + " OR pr.titre LIKE '% de le %' OR pr.titre LIKE '% de les %' OR pr.titre LIKE '% de eau%'"
                        + " OR pr.titre LIKE '% de a%' OR pr.titre LIKE '% de é%' OR pr.titre LIKE '% de e%')"))
                .as("titles in incorrect French (à le, de les, de eau...)")
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) FROM projet_cofinancement c JOIN projet pr ON pr.id = c.projet_id JOIN partenariat p"
                                + " ON p.id = pr.partenariat_id JOIN pays py ON py.id = p.pays_id WHERE" + demo
                                + " AND c.source = 'AFD_FICOL' AND py.categorie_cad = 'NON'"))
                .as("FICOL money off the DAC list")
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM partenariat p WHERE" + demo + " AND (p.declarante_id IS NULL"
                        + " OR p.iati_org_ref IS NULL OR NOT EXISTS (SELECT 1 FROM partenariat_collectivite_francaise x"
                        + " WHERE x.partenariat_id = p.id AND x.collectivite_francaise_id = p.declarante_id))"))
                .as("partnerships without their stored reporting organisation")
                .isZero();
        // FICOL: committee, agreement, payments in that order, all in the past
        String demoFiles = " WHERE d.id > " + lastFileBefore;
        assertThat(count("SELECT COUNT(*) FROM ficol_dossier d" + demoFiles)).isGreaterThan(30);
        assertThat(count("SELECT COUNT(*) FROM ficol_tranche t JOIN ficol_dossier d ON d.id = t.dossier_id"
                        + demoFiles
                        + " AND (t.date_versement > CURDATE() OR t.date_versement < d.date_signature"
                        + " OR t.rapport_recu_le > CURDATE())"))
                .as("tranches paid in the future or before the agreement")
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM ficol_tranche t JOIN ficol_tranche n ON n.dossier_id = t.dossier_id"
                        + " AND n.numero = t.numero + 1 JOIN ficol_dossier d ON d.id = t.dossier_id" + demoFiles
                        + " AND n.date_versement < t.date_versement"))
                .as("tranches paid out of order")
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM ficol_dossier d" + demoFiles + " AND (d.date_comite > CURDATE()"
                        + " OR d.date_signature > CURDATE() OR d.date_signature < d.date_comite OR d.date_cloture > CURDATE()"
                        + " OR d.rapport_final_recu_le > CURDATE())"))
                .as("FICOL steps in the future or out of order")
                .isZero();
        cotonouFollowUpsAreLinkedToThePartnershipsTheyName();
    }

    /**
     * The Cotonou follow-up actions that name an authority with a Beninese partnership in the Atlas are
     * linked to such a partnership; every link is to a partnership in Benin of the authority named.
     */
    private void cotonouFollowUpsAreLinkedToThePartnershipsTheyName() {
        var actions = jdbc.queryForList(
                "SELECT a.intitule, a.responsable, a.partenariat_id FROM assises_action a"
                        + " JOIN assises_evenement e ON e.id = a.evenement_id WHERE e.titre = ?",
                COTONOU);
        assertThat(actions).hasSize(6);
        Map<String, String> named = Map.of(
                "Porto-Novo",
                "SELECT p.id FROM partenariat p JOIN pays py ON py.id = p.pays_id"
                        + " JOIN partenariat_collectivite_partenaire x ON x.partenariat_id = p.id"
                        + " JOIN collectivite_partenaire c ON c.id = x.collectivite_partenaire_id"
                        + " WHERE py.code_alpha2 = 'BJ' AND c.nom = 'Porto-Novo'",
                "Nouvelle-Aquitaine",
                "SELECT p.id FROM partenariat p JOIN pays py ON py.id = p.pays_id"
                        + " JOIN partenariat_collectivite_francaise x ON x.partenariat_id = p.id"
                        + " JOIN collectivite_francaise c ON c.id = x.collectivite_francaise_id"
                        + " WHERE py.code_alpha2 = 'BJ' AND c.nom LIKE '%Nouvelle-Aquitaine%'");
        int linked = 0;
        for (var action : actions) {
            String text = action.get("intitule") + " / " + action.get("responsable");
            Long link =
                    action.get("partenariat_id") == null ? null : ((Number) action.get("partenariat_id")).longValue();
            var names = named.keySet().stream().filter(text::contains).toList();
            if (names.isEmpty()) {
                assertThat(link)
                        .as("an action naming no authority is linked to no partnership: " + text)
                        .isNull();
                continue;
            }
            List<Long> candidates = jdbc.queryForList(named.get(names.get(0)), Long.class);
            if (candidates.isEmpty()) {
                assertThat(link)
                        .as("no partnership of that authority in Benin: " + text)
                        .isNull();
            } else {
                assertThat(candidates)
                        .as("linked to a Beninese partnership of " + names.get(0))
                        .contains(link);
                linked++;
            }
        }
        System.out.println("Cotonou follow-up actions linked to the partnerships they name: " + linked);
    }

    private JsonNode record(long partenariatId) throws Exception {
        JsonNode known = records.get(partenariatId);
        if (known != null) {
            return known;
        }
        String json = mvc.perform(get("/api/v1/partenariats/" + partenariatId))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        JsonNode record = new ObjectMapper().readTree(json);
        records.put(partenariatId, record);
        return record;
    }

    private byte[] export(String query) throws Exception {
        byte[] known = exports.get(query);
        if (known == null) {
            known = download("/api/v1/iati/activites.xml" + query);
            exports.put(query, known);
        }
        return known;
    }

    /** The sums of the FICOL activities' transactions, by transaction type. */
    private static Map<String, BigDecimal> ficolTransactions(byte[] xml) throws Exception {
        Map<String, BigDecimal> sums = new HashMap<>(Map.of("11", BigDecimal.ZERO, "1", BigDecimal.ZERO));
        XMLStreamReader reader = XMLInputFactory.newFactory().createXMLStreamReader(new ByteArrayInputStream(xml));
        boolean ficol = false;
        String type = null;
        while (reader.hasNext()) {
            if (reader.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (reader.getLocalName()) {
                case "iati-identifier" -> ficol = reader.getElementText().contains("-COOPDEC-FICOL-");
                case "transaction-type" -> type = reader.getAttributeValue(null, "code");
                case "value" -> {
                    String amount = reader.getElementText();
                    if (ficol && type != null) { // a transaction's value (budgets have no type)
                        sums.merge(type, new BigDecimal(amount), BigDecimal::add);
                    }
                }
                case "transaction" -> type = null;
                case "budget" -> type = null;
                default -> {}
            }
        }
        return sums;
    }

    private static BigDecimal figure(List<KeyFigure> figures, String key) {
        return figures.stream()
                .filter(f -> f.labelKey().equals(key))
                .map(KeyFigure::value)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no dashboard figure " + key));
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }

    private byte[] download(String url) throws Exception {
        MvcResult started = mvc.perform(get(url)).andReturn();
        started.getAsyncResult(300_000);
        return mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsByteArray();
    }
}
