package fr.coopdec.referential;

import fr.coopdec.shared.BusinessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Upserts the Etalab French authorities keyed by (type, code), in chunks of {@value #CHUNK} rows, one
 * transaction each, so memory stays flat and progress can be shown. Rows missing from the file are
 * kept and counted. Unsecured: callers are the start-up runner and {@link FrenchAuthoritiesImportService}.
 */
@Component
class FrenchAuthoritiesImporter {

    static final String SOURCE = "ETALAB";
    private static final Logger log = LoggerFactory.getLogger(FrenchAuthoritiesImporter.class);
    private static final int CHUNK = 500;
    private static final int LOG_EVERY = 5_000;

    private final CollectiviteFrancaiseRepository repository;
    private final ReferentialImportRepository imports;
    private final TransactionTemplate transaction;
    private final AtomicBoolean running = new AtomicBoolean();

    @PersistenceContext
    private EntityManager entityManager;

    FrenchAuthoritiesImporter(
            CollectiviteFrancaiseRepository repository,
            ReferentialImportRepository imports,
            TransactionTemplate transaction) {
        this.repository = repository;
        this.imports = imports;
        this.transaction = transaction;
    }

    boolean isRunning() {
        return running.get();
    }

    /** Imports the files; unless {@code force}, returns at once when these very files were imported already. */
    ImportSummary run(boolean force, ImportProgress progress) {
        if (!running.compareAndSet(false, true)) {
            throw new BusinessException("referential.import.running");
        }
        try {
            return doRun(force, progress);
        } finally {
            running.set(false);
        }
    }

    private ImportSummary doRun(boolean force, ImportProgress progress) {
        long start = System.nanoTime();
        EtalabFiles files = EtalabFiles.load();
        String sha256 = files.sha256();
        if (!force && alreadyImported(sha256)) {
            log.info("French authorities: the Etalab files were already imported (SHA-256 {}), skipped", sha256);
            return new ImportSummary(0, 0, 0, 0, elapsedMs(start), true);
        }
        List<EtalabRecord> records = files.records();
        int total = records.size();
        log.info("French authorities: importing {} rows from Etalab", total);
        int[] counts = new int[3];
        for (int from = 0; from < total; from += CHUNK) {
            List<EtalabRecord> chunk = records.subList(from, Math.min(total, from + CHUNK));
            int[] chunkCounts = transaction.execute(status -> upsert(chunk));
            for (int i = 0; i < counts.length; i++) {
                counts[i] += chunkCounts[i];
            }
            int done = from + chunk.size();
            progress.update(done, total);
            if (done % LOG_EVERY < CHUNK || done == total) {
                log.info("French authorities: {} / {} rows", done, total);
            }
        }
        int absent = (int) (repository.countByTypeIn(TypeCollectiviteFrancaise.ETALAB) - total);
        ImportSummary summary = new ImportSummary(counts[0], counts[1], counts[2], absent, elapsedMs(start), false);
        transaction.executeWithoutResult(status -> imports.save(new ReferentialImport(SOURCE, sha256, total, summary)));
        log.info(
                "French authorities imported in {} ms: {} added, {} updated, {} unchanged, {} absent from the file",
                summary.durationMs(),
                summary.added(),
                summary.updated(),
                summary.unchanged(),
                absent);
        return summary;
    }

    private boolean alreadyImported(String sha256) {
        return imports.findFirstBySourceOrderByIdDesc(SOURCE)
                .filter(last -> last.getSha256().equals(sha256) && repository.count() >= last.getTotalRows())
                .isPresent();
    }

    /** Returns {added, updated, unchanged} for the chunk. */
    private int[] upsert(List<EtalabRecord> chunk) {
        int[] counts = new int[3];
        Map<TypeCollectiviteFrancaise, List<EtalabRecord>> byType =
                chunk.stream().collect(Collectors.groupingBy(EtalabRecord::type));
        byType.forEach((type, records) -> {
            Map<String, CollectiviteFrancaise> existing =
                    repository
                            .findByTypeAndCodeIn(
                                    type,
                                    records.stream().map(EtalabRecord::code).toList())
                            .stream()
                            .collect(Collectors.toMap(CollectiviteFrancaise::getCode, Function.identity()));
            for (EtalabRecord record : records) {
                CollectiviteFrancaise entity = existing.get(record.code());
                if (entity == null) {
                    entityManager.persist(record.toEntity());
                    counts[0]++;
                } else if (!record.sameAs(entity)) {
                    record.applyTo(entity);
                    counts[1]++;
                } else {
                    counts[2]++;
                }
            }
        });
        return counts;
    }

    private static long elapsedMs(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
