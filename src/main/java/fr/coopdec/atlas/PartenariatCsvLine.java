package fr.coopdec.atlas;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * One line of a partnerships file, as typed (see {@link PartenariatCsvImport} for the columns); lists
 * are separated by {@code |}. {@code line} is the line number in the file (the header is line 1).
 */
public record PartenariatCsvLine(
        int line,
        String intitule,
        String pays,
        List<String> francaises,
        List<String> partenaires,
        String nature,
        String statut,
        String anneeDebut,
        String anneeFin,
        List<String> thematiques,
        String description) {

    /** The columns of the file, in the template's order. */
    public static final List<String> COLUMNS = List.of(
            "intitule",
            "pays",
            "collectivites_francaises",
            "collectivites_partenaires",
            "nature",
            "statut",
            "annee_debut",
            "annee_fin",
            "thematiques",
            "description");

    static PartenariatCsvLine of(CSVRecord r) {
        return new PartenariatCsvLine(
                (int) r.getRecordNumber() + 1,
                text(r, "intitule"),
                text(r, "pays"),
                list(r, "collectivites_francaises"),
                list(r, "collectivites_partenaires"),
                text(r, "nature"),
                text(r, "statut"),
                text(r, "annee_debut"),
                text(r, "annee_fin"),
                list(r, "thematiques"),
                text(r, "description"));
    }

    private static String text(CSVRecord r, String column) {
        String value = r.isMapped(column) && r.isSet(column) ? r.get(column).trim() : "";
        return value.isEmpty() ? null : value;
    }

    private static List<String> list(CSVRecord r, String column) {
        String value = text(r, column);
        return value == null
                ? List.of()
                : Arrays.stream(value.split("\\|"))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
