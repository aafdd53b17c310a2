package fr.coopdec.referential;

import fr.coopdec.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The trace of one import run: which files (SHA-256) and what it changed. */
@Entity
@Table(name = "referential_import")
class ReferentialImport extends AbstractEntity {

    @Column(name = "source", nullable = false, length = 30)
    private String source;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "total_rows", nullable = false)
    private int totalRows;

    @Column(name = "added", nullable = false)
    private int added;

    @Column(name = "updated", nullable = false)
    private int updated;

    @Column(name = "unchanged", nullable = false)
    private int unchanged;

    @Column(name = "absent_from_file", nullable = false)
    private int absentFromFile;

    @Column(name = "duration_ms", nullable = false)
    private long durationMs;

    protected ReferentialImport() {}

    ReferentialImport(String source, String sha256, int totalRows, ImportSummary summary) {
        this.source = source;
        this.sha256 = sha256;
        this.totalRows = totalRows;
        this.added = summary.added();
        this.updated = summary.updated();
        this.unchanged = summary.unchanged();
        this.absentFromFile = summary.absentFromFile();
        this.durationMs = summary.durationMs();
    }

    String getSha256() {
        return sha256;
    }

    int getTotalRows() {
        return totalRows;
    }
}
