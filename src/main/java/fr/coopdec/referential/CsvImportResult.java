package fr.coopdec.referential;

import java.util.List;

/**
 * The outcome of a foreign authorities file: either errors (then nothing was stored) or what was
 * added; lines describing an authority already known are counted in {@code alreadyPresent}.
 */
public record CsvImportResult(int added, int alreadyPresent, List<CsvLineError> errors) {

    static CsvImportResult refused(List<CsvLineError> errors) {
        return new CsvImportResult(0, 0, List.copyOf(errors));
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
