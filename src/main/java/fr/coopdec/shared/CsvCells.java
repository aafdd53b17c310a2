package fr.coopdec.shared;

import java.io.IOException;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV the application writes goes through here, against CSV injection (OWASP): a text cell that
 * begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is read as a formula
 * by spreadsheet software, so it is written with a leading apostrophe, which spreadsheets show as text.
 * Numbers are left alone (a negative amount is not a formula), whether passed as numbers or as text
 * such as {@code -1500,00}. Importers of our own files take the apostrophe off again ({@link #restore}).
 */
public final class CsvCells {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d[\\d\\s\\u00a0\\u202f]*([.,]\\d+)?");

    private CsvCells() {}

    /** The value as it may safely be written in a cell. */
    public static Object neutralise(Object value) {
        if (!(value instanceof CharSequence text) || text.isEmpty()) {
            return value;
        }
        String s = text.toString();
        char first = s.charAt(0);
        boolean dangerous =
                first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return dangerous && !NUMBER.matcher(s).matches() ? "'" + s : s;
    }

    /** A cell read back from one of our files: the apostrophe {@link #neutralise} added is taken off. */
    public static String restore(String cell) {
        if (cell != null
                && cell.length() > 1
                && cell.charAt(0) == '\''
                && !neutralise(cell.substring(1)).equals(cell.substring(1))) {
            return cell.substring(1);
        }
        return cell;
    }

    /** Prints one record, every cell neutralised. */
    public static void printRecord(CSVPrinter printer, Object... values) throws IOException {
        printer.printRecord(Arrays.stream(values).map(CsvCells::neutralise).toArray());
    }

    /** Prints one record, every cell neutralised. */
    public static void printRecord(CSVPrinter printer, Iterable<?> values) throws IOException {
        java.util.List<Object> cells = new java.util.ArrayList<>();
        values.forEach(v -> cells.add(neutralise(v)));
        printer.printRecord(cells);
    }
}
