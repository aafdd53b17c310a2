package fr.coopdec.atlas;

import fr.coopdec.referential.CsvLineError;
import java.util.List;

/**
 * A checked partnerships file: its lines, the errors found (by line number) and, after an import, how
 * many partnerships were stored — none as soon as one line is wrong.
 */
public record PartenariatImportResult(List<PartenariatCsvLine> lines, List<CsvLineError> errors, int imported) {

    public boolean ok() {
        return errors.isEmpty();
    }
}
