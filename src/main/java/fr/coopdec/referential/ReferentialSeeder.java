package fr.coopdec.referential;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the small reference lists on start: countries (the missing ones only, so that DAECT's
 * edits survive restarts), their dated DAC categories, missing themes, and Benin's départements and communes (idempotent).
 * Runs before the French authorities import and before modules that need countries.
 */
@Component
@Order(15)
class ReferentialSeeder implements ApplicationRunner {

    static final String CAD_SOURCE = "Liste des bénéficiaires de l’APD du CAD de l’OCDE, flux 2024 et 2025";
    static final int CAD_YEAR = 2024;
    private static final Logger log = LoggerFactory.getLogger(ReferentialSeeder.class);

    private final PaysRepository pays;
    private final ThematiqueRepository thematiques;
    private final PartenaireCsvImporter partenaires;
    private final TransactionTemplate transaction;
    private final CategorieCadSeeder categories;

    ReferentialSeeder(
            PaysRepository pays,
            ThematiqueRepository thematiques,
            PartenaireCsvImporter partenaires,
            TransactionTemplate transaction,
            CategorieCadSeeder categories) {
        this.categories = categories;
        this.pays = pays;
        this.thematiques = thematiques;
        this.partenaires = partenaires;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        transaction.executeWithoutResult(status -> {
            seedPays();
            pays.flush();
            categories.seed();
            seedThematiques();
        });
        try (InputStream in = getClass().getResourceAsStream("/data/collectivites-partenaires-benin.csv")) {
            CsvImportResult result = partenaires.importCsv(new InputStreamReader(in, StandardCharsets.UTF_8), null);
            if (!result.ok()) {
                throw new IllegalStateException("Invalid seed file of foreign authorities: " + result.errors());
            }
            if (result.added() > 0) {
                log.info("Foreign authorities: {} seeded from the Benin file", result.added());
            }
        }
    }

    /** Adds the countries missing from the table (all of them on a first start); never overwrites DAECT's edits. */
    private void seedPays() {
        java.util.Set<String> known =
                pays.findAll().stream().map(Pays::getCodeAlpha2).collect(Collectors.toSet());
        int added = 0;
        for (CSVRecord row : ReferenceCsv.readResource("/data/pays.csv")) {
            if (known.contains(row.get("alpha2"))) {
                continue;
            }
            Pays country = new Pays(
                    row.get("alpha2"),
                    row.get("alpha3"),
                    row.get("nom_fr"),
                    row.get("nom_en"),
                    ZoneMonde.valueOf(row.get("zone")),
                    CategorieCad.valueOf(row.get("categorie_cad")));
            country.setCodeNumerique(ReferenceCsv.value(row, "numeric"));
            country.setCategorieCadSource(CAD_SOURCE);
            country.setCategorieCadAnnee(CAD_YEAR);
            pays.save(country);
            added++;
        }
        if (added > 0) {
            log.info("Countries: {} added", added);
        }
    }

    private void seedThematiques() {
        int added = 0;
        for (CSVRecord row : ReferenceCsv.readResource("/data/thematiques.csv")) {
            String code = row.get("code");
            if (thematiques.findByCode(code).isEmpty()) {
                thematiques.save(new Thematique(
                        code,
                        row.get("libelle_fr"),
                        row.get("libelle_en"),
                        Arrays.stream(row.get("codes_cad").split("\\|"))
                                .map(String::strip)
                                .collect(Collectors.toSet())));
                added++;
            }
        }
        if (added > 0) {
            log.info("Themes: {} added", added);
        }
    }
}
