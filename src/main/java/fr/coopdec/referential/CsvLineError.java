package fr.coopdec.referential;

import java.util.List;

/** A refused line of an uploaded file: its number (the header is line 1) and a translatable reason. */
public record CsvLineError(int line, String messageKey, List<Object> arguments) {

    static CsvLineError of(int line, String messageKey, Object... arguments) {
        return new CsvLineError(line, messageKey, List.of(arguments));
    }
}
