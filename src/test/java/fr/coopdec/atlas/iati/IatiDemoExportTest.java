package fr.coopdec.atlas.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import fr.coopdec.atlas.demo.AtlasDemoGenerator;
import fr.coopdec.ficol.FicolDemoGenerator;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.IntegrationTest;
import fr.coopdec.support.TestUsers;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The open data as an IATI validator sees it: the export of the demo data (Atlas partnerships and
 * their FICOL files), whole and narrowed to Benin, through the 2.03 schema, the Standard Ruleset and
 * the codelists. Any error fails; warnings are printed (the README lists those left and why).
 */
@IntegrationTest
class IatiDemoExportTest {

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

    @AfterEach
    void removeDemo() {
        // The demo FICOL files point at demo partnerships: remove them first, then the partnerships.
        String demoFiles = " IN (SELECT d.id FROM ficol_dossier d JOIN partenariat p ON p.id = d.partenariat_id"
                + " WHERE p.created_by = '" + AtlasDemoGenerator.AUTHOR + "')";
        for (String table : new String[] {
            "ficol_tranche", "ficol_journal", "ficol_ligne_plan", "ficol_dossier_thematique", "ficol_dossier_membre"
        }) {
            jdbc.update("DELETE FROM " + table + " WHERE dossier_id" + demoFiles);
        }
        jdbc.update(
                "DELETE FROM ficol_dossier WHERE partenariat_id IN (SELECT id FROM partenariat WHERE created_by = ?)",
                AtlasDemoGenerator.AUTHOR);
        atlasDemo.purge();
        users.signOut();
    }

    @Test
    void the_demo_export_whole_and_for_benin_has_no_schema_error_and_no_rule_error() throws Exception {
        removeDemo();
        atlasDemo.generate(1_200, 2026);
        users.signInAs(Role.ADMIN, u -> {});
        assertThat(ficolDemo.generer(LocalDate.now())).isGreaterThan(30);
        users.signOut();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        IatiValidator validator = new IatiValidator(LocalDate.now());

        for (String query : new String[] {"", "?pays=BJ"}) {
            byte[] xml = download(mvc, "/api/v1/iati/activites.xml" + query);
            IatiValidator.Report report = validator.validate(xml);

            Map<String, Long> warnings = report.warnings().stream()
                    .collect(Collectors.groupingBy(IatiRuleset.Violation::ruleId, TreeMap::new, Collectors.counting()));
            System.out.println("IATI export" + query + ": " + report.activities() + " activities, "
                    + report.errors().size() + " rule errors, warnings by rule " + warnings
                    + (report.warnings().isEmpty()
                            ? ""
                            : ", e.g. " + report.warnings().get(0)));
            assertThat(report.activities()).as(query).isGreaterThan(query.isEmpty() ? 3_000 : 100);
            assertThat(report.schemaErrors()).as("XSD errors of " + query).isEmpty();
            assertThat(report.errors()).as("rule errors of " + query).isEmpty();
        }
        demoDataIsCoherent();
        everyGrantedFicolFileIsInItsPartnershipRecord();
        // FICOL grants are there, as activities of their own
        // (the whole export: which countries the random FICOL demo files fall in varies from run to run)
        String whole = new String(download(mvc, "/api/v1/iati/activites.xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(whole)
                .contains("-COOPDEC-FICOL-")
                .contains("<budget type=\"1\" status=\"1\">")
                .contains("<default-aid-type code=\"C01\" vocabulary=\"1\"/>");
    }

    /** The invariants of the generated demo data (Atlas and FICOL). */
    private void demoDataIsCoherent() {
        String demo = " p.created_by = '" + AtlasDemoGenerator.AUTHOR + "'";
        assertThat(count("SELECT COUNT(*) FROM partenariat p WHERE" + demo + " AND p.annee_fin < p.annee_debut"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM partenariat p WHERE" + demo + " AND p.annee_debut > YEAR(CURDATE())"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM projet pr JOIN partenariat p ON p.id = pr.partenariat_id WHERE" + demo
                        + " AND (pr.date_fin < pr.date_debut OR YEAR(pr.date_debut) < p.annee_debut"
                        + " OR (p.annee_fin IS NOT NULL AND YEAR(pr.date_fin) > p.annee_fin))"))
                .isZero();
        // a finished project has finished: no "actual" end in the future
        assertThat(count("SELECT COUNT(*) FROM projet pr JOIN partenariat p ON p.id = pr.partenariat_id WHERE" + demo
                        + " AND pr.statut IN ('ACHEVEMENT', 'CLOTURE') AND pr.date_fin > CURDATE()"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM (SELECT pr.partenariat_id, pr.titre FROM projet pr JOIN partenariat p"
                        + " ON p.id = pr.partenariat_id WHERE" + demo
                        + " GROUP BY pr.partenariat_id, pr.titre HAVING COUNT(*) > 1) x"))
                .as("identical project titles in a partnership")
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM projet pr JOIN partenariat p ON p.id = pr.partenariat_id WHERE" + demo
                        + " AND (pr.titre LIKE '% à eau%' OR pr.titre LIKE '% à le %' OR pr.titre LIKE '% à les %'"
                        + " OR pr.titre LIKE '% de le %')"))
                .as("titles in incorrect French")
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
                .isZero();
        // FICOL: committee, agreement, payments in that order, all in the past
        String demoFiles = " JOIN partenariat p ON p.id = d.partenariat_id WHERE" + demo;
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM ficol_tranche t JOIN ficol_dossier d ON d.id = t.dossier_id"
                                        + demoFiles
                                        + " AND (t.date_versement > CURDATE() OR t.date_versement < d.date_signature OR t.rapport_recu_le > CURDATE())"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM ficol_dossier d" + demoFiles + " AND (d.date_comite > CURDATE()"
                        + " OR d.date_signature > CURDATE() OR d.date_signature < d.date_comite OR d.date_cloture > CURDATE()"
                        + " OR d.rapport_final_recu_le > CURDATE())"))
                .isZero();
    }

    /** For every granted FICOL file, the partnership's API record shows the grant and its paid tranches. */
    private void everyGrantedFicolFileIsInItsPartnershipRecord() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        var granted = jdbc.queryForList(
                "SELECT d.id, d.partenariat_id, d.montant_accorde,"
                        + " (SELECT COALESCE(SUM(t.montant), 0) FROM ficol_tranche t WHERE t.dossier_id = d.id) AS verse"
                        + " FROM ficol_dossier d JOIN partenariat p ON p.id = d.partenariat_id WHERE p.created_by = ?"
                        + " AND d.statut IN ('ACCORDE', 'CONVENTION_SIGNEE', 'VERSEMENTS', 'RAPPORT_FINAL', 'CLOS')",
                AtlasDemoGenerator.AUTHOR);
        assertThat(granted).hasSizeGreaterThan(5);
        for (var file : granted) {
            String json = mvc.perform(get("/api/v1/partenariats/" + file.get("partenariat_id")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            var record = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
            var grant = java.util.stream.StreamSupport.stream(
                            record.get("financements").spliterator(), false)
                    .filter(f -> f.get("identifiant").asText().equals("FICOL-" + file.get("id")))
                    .findFirst();
            assertThat(grant)
                    .as("FICOL-" + file.get("id") + " in the record of " + file.get("partenariat_id"))
                    .isPresent();
            assertThat(grant.get().get("montantAccorde").decimalValue())
                    .isEqualByComparingTo((java.math.BigDecimal) file.get("montant_accorde"));
            assertThat(grant.get().get("montantVerse").decimalValue())
                    .isEqualByComparingTo((java.math.BigDecimal) file.get("verse"));
        }
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }

    private static byte[] download(MockMvc mvc, String url) throws Exception {
        MvcResult started = mvc.perform(get(url)).andReturn();
        started.getAsyncResult(300_000);
        return mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsByteArray();
    }
}
