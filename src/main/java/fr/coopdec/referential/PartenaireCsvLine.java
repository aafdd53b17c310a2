package fr.coopdec.referential;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/** One line of a foreign authorities file ({@code nom,pays,niveau,code,parent}), as read. */
record PartenaireCsvLine(int line, String nom, String pays, String niveau, String code, String parent) {

    static final String HEADER = "nom,pays,niveau,code,parent";
    static final int MAX_NOM = 200;
    static final int MAX_CODE = 30;

    static PartenaireCsvLine of(CSVRecord record) {
        return new PartenaireCsvLine(
                (int) record.getRecordNumber() + 1,
                ReferenceCsv.value(record, "nom"),
                ReferenceCsv.value(record, "pays"),
                ReferenceCsv.value(record, "niveau"),
                ReferenceCsv.value(record, "code"),
                ReferenceCsv.value(record, "parent"));
    }

    Optional<NiveauCollectivitePartenaire> parsedNiveau() {
        if (niveau == null) {
            return Optional.empty();
        }
        String wanted = niveau.toUpperCase(Locale.ROOT);
        return Arrays.stream(NiveauCollectivitePartenaire.values())
                .filter(n -> n.name().equals(wanted))
                .findFirst();
    }

    /** Identity in a file or the database: country, level and name, case-insensitive. */
    String key() {
        return (pays + "|" + niveau + "|" + nom).toLowerCase(Locale.ROOT);
    }
}
