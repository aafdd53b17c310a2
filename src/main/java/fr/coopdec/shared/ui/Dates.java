package fr.coopdec.shared.ui;

import fr.coopdec.shared.DateFormats;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * One date format per language everywhere in the UI: "4 novembre 2016" in French, "4 November 2016"
 * in English (as in the United Kingdom, never the American "November 4, 2016"); times "14:30".
 */
public final class Dates {

    private Dates() {}

    /** A language-only locale (from the UI) formats as in France or, for English, the United Kingdom. */
    public static Locale region(Locale locale) {
        return DateFormats.region(locale);
    }

    public static DateTimeFormatter dateFormatter(Locale locale) {
        return DateFormats.date(locale);
    }

    /** Date and time; give it a zone ({@code withZone}) to format instants. */
    public static DateTimeFormatter dateTimeFormatter(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(region(locale));
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : dateFormatter(locale).format(date);
    }
}
