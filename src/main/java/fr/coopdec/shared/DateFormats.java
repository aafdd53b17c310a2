package fr.coopdec.shared;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The one date format per language: "4 novembre 2016" in French, "4 November 2016" in English (as in
 * the United Kingdom, never the American "November 4, 2016"). Used by the views ({@code shared.ui.Dates})
 * and by the translations, so a date passed as a message argument (a business refusal, an e-mail) reads
 * the same as on the pages.
 */
public final class DateFormats {

    private DateFormats() {}

    /** A language-only locale (from the UI) formats as in France or, for English, the United Kingdom. */
    public static Locale region(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.UK : Locale.FRANCE;
    }

    public static DateTimeFormatter date(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(region(locale));
    }
}
