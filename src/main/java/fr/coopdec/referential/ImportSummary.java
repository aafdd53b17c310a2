package fr.coopdec.referential;

/**
 * What an import did. {@code absentFromFile} counts rows in the database that the file no longer
 * holds: they are kept (other data may point at them) and only reported. {@code skipped} means the
 * same files had already been imported and nothing was read.
 */
public record ImportSummary(
        int added, int updated, int unchanged, int absentFromFile, long durationMs, boolean skipped) {

    public int total() {
        return added + updated + unchanged;
    }
}
