package fr.coopdec.referential;

import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.security.Roles;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.RolesAllowed;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.stereotype.Service;

/** Lets the DAECT re-run the French authorities import, off the caller's thread (it takes seconds). */
@Service
public class FrenchAuthoritiesImportService {

    private final FrenchAuthoritiesImporter importer;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "referential-import");
        thread.setDaemon(true);
        return thread;
    });

    FrenchAuthoritiesImportService(FrenchAuthoritiesImporter importer) {
        this.importer = importer;
    }

    /** Re-reads the files and compares every row, even when the files did not change. */
    @RolesAllowed(Roles.ADMIN)
    public CompletableFuture<ImportSummary> rerun(ImportProgress progress) {
        if (importer.isRunning()) {
            throw new BusinessException("referential.import.running");
        }
        // The signed-in administrator goes along, so audit columns name them.
        return CompletableFuture.supplyAsync(
                () -> importer.run(true, progress), new DelegatingSecurityContextExecutor(executor));
    }

    public boolean isRunning() {
        return importer.isRunning();
    }

    @PreDestroy
    void shutdown() {
        executor.shutdownNow();
    }
}
