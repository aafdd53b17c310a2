package fr.coopdec.ficol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.coopdec.atlas.CsvExportService;
import fr.coopdec.atlas.FinancementsExternes;
import fr.coopdec.atlas.IatiFundingSource.FundedActivity;
import fr.coopdec.atlas.IatiFundingSource.Transaction;
import fr.coopdec.atlas.ModeExport;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.atlas.PartenariatFilter;
import fr.coopdec.atlas.PartenariatService;
import fr.coopdec.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A FICOL grant and its tranches are part of the partnership's public record, read from FICOL itself:
 * the same grant, amount granted and payments in the Atlas service, the CSV export and the API record;
 * a file the committee has not granted is not there, nor a tranche dated after today.
 */
@IntegrationTest
class FicolAtlasRecordTest {

    @Autowired
    FicolFixtures fixtures;

    @Autowired
    FicolDossierService dossiers;

    @Autowired
    FicolWorkflowService workflow;

    @Autowired
    FinancementsExternes financements;

    @Autowired
    CsvExportService csv;

    @Autowired
    PartenariatService partenariats;

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void a_granted_file_and_its_paid_tranches_are_in_the_service_the_csv_and_the_api_alike() throws Exception {
        FicolDossier grant = fixtures.accorde("69123", "BJ", 500_000, 200_000, 150_000);
        long partenariatId = grant.getPartenariatId();
        Partenariat p = partenariats.findDetail(partenariatId).orElseThrow();
        // a second file on the same partnership, submitted but not granted: not part of the record
        fixtures.signInCollectivite("69123");
        FicolDossier pending = dossiers.enregistrer(fixtures.brouillonNonEnregistre(p, grant.getChefDeFile(), 350_000));
        workflow.deposer(pending.getId());
        fixtures.signOut();

        List<FundedActivity> record = financements.of(partenariatId);
        assertThat(record).hasSize(1);
        FundedActivity f = record.get(0);
        assertThat(f.key()).isEqualTo("FICOL-" + grant.getId());
        assertThat(f.granted()).isEqualByComparingTo("500000");
        assertThat(f.paid()).isEqualByComparingTo("350000");
        assertThat(f.payments())
                .extracting(Transaction::date)
                .containsExactly(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 9, 1));

        CSVRecord row = csvRow(p);
        assertThat(row.get("Subventions (références)")).isEqualTo("FICOL-" + grant.getId());
        assertThat(row.get("Subventions : montant accordé (euros)")).isEqualTo("500000,00");
        assertThat(row.get("Subventions : montant versé (euros)")).isEqualTo("350000,00");
        assertThat(row.get("Subventions : versements (référence, date : euros)"))
                .isEqualTo("FICOL-" + grant.getId() + ", 01/03/2024 : 200000,00 | FICOL-" + grant.getId()
                        + ", 01/09/2024 : 150000,00");

        JsonNode api = apiRecord(partenariatId).get("financements");
        assertThat(api).hasSize(1);
        assertThat(api.get(0).get("identifiant").asText()).isEqualTo("FICOL-" + grant.getId());
        assertThat(api.get(0).get("dateAccord").asText()).isEqualTo("2024-01-10");
        assertThat(api.get(0).get("montantAccorde").decimalValue()).isEqualByComparingTo("500000");
        assertThat(api.get(0).get("montantVerse").decimalValue()).isEqualByComparingTo("350000");
        assertThat(api.get(0).get("versements").get(1).get("date").asText()).isEqualTo("2024-09-01");
        assertThat(api.get(0).get("versements").get(1).get("montant").decimalValue())
                .isEqualByComparingTo("150000");
    }

    @Test
    void a_tranche_dated_after_today_is_not_paid_anywhere_and_a_partnership_without_grant_has_empty_cells()
            throws Exception {
        FicolDossier grant = fixtures.accorde("69123", "SN", 400_000, 100_000, 50_000);
        // the workflow refuses a future payment; data written otherwise must still not count as paid
        jdbc.update(
                "UPDATE ficol_tranche SET date_versement = ? WHERE dossier_id = ? AND numero = 2",
                LocalDate.now().plusDays(30),
                grant.getId());
        Partenariat p = partenariats.findDetail(grant.getPartenariatId()).orElseThrow();

        assertThat(financements.of(p.getId()).get(0).paid()).isEqualByComparingTo("100000");
        assertThat(csvRow(p).get("Subventions : montant versé (euros)")).isEqualTo("100000,00");
        assertThat(apiRecord(p.getId()).get("financements").get(0).get("versements"))
                .hasSize(1);

        Partenariat without = fixtures.partenariat("69123", "BJ");
        CSVRecord empty = csvRow(without);
        assertThat(empty.get("Subventions (références)")).isEmpty();
        assertThat(empty.get("Subventions : montant accordé (euros)")).isEmpty();
        assertThat(apiRecord(without.getId()).get("financements")).isEmpty();
    }

    private CSVRecord csvRow(Partenariat p) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        csv.write(
                PartenariatFilter.builder()
                        .texte(p.getIntitule().substring("FICOL ".length()))
                        .build(),
                ModeExport.PARTENARIAT,
                "",
                out,
                n -> {});
        String text = out.toString(StandardCharsets.UTF_8).substring(1); // the byte-order mark
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))
                .getRecords();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("Identifiant")).isEqualTo(String.valueOf(p.getId()));
        return rows.get(0);
    }

    private JsonNode apiRecord(long partenariatId) throws Exception {
        String json = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build()
                .perform(get("/api/v1/partenariats/" + partenariatId))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return new ObjectMapper().readTree(json);
    }
}
