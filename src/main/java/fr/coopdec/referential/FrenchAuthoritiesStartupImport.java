package fr.coopdec.referential;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Imports the Etalab French authorities on start; returns at once when the same files were imported. */
@Component
@Order(20)
@ConditionalOnProperty(name = "coopdec.referential.import-on-start", havingValue = "true", matchIfMissing = true)
class FrenchAuthoritiesStartupImport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FrenchAuthoritiesStartupImport.class);

    private final FrenchAuthoritiesImporter importer;

    FrenchAuthoritiesStartupImport(FrenchAuthoritiesImporter importer) {
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            importer.run(false, ImportProgress.NONE);
        } catch (RuntimeException e) {
            // The application stays usable; an administrator can re-run the import from the UI.
            log.error("French authorities import failed", e);
        }
    }
}
