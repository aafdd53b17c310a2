package fr.coopdec.atlas.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;

/**
 * Money and dates as French readers expect them ("150 000 €", "26 novembre 2026"), English ones for
 * the English interface. Times are shown in Paris time: the DAECT and most contributors work there.
 */
final class AtlasFormat {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Currency EURO = Currency.getInstance("EUR");

    private AtlasFormat() {}

    /** Euros; cents only when there are some. Null (not known) gives an empty string. */
    static String euros(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(region(locale));
        format.setCurrency(EURO);
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        format.setMinimumFractionDigits(whole ? 0 : 2);
        format.setMaximumFractionDigits(whole ? 0 : 2);
        return format.format(amount);
    }

    static String date(LocalDate date, Locale locale) {
        return fr.coopdec.shared.ui.Dates.date(date, locale);
    }

    static String date(Instant instant, Locale locale) {
        return instant == null ? "" : date(instant.atZone(PARIS).toLocalDate(), locale);
    }

    static String dateTime(Instant instant, Locale locale) {
        return instant == null
                ? ""
                : fr.coopdec.shared.ui.Dates.dateTimeFormatter(locale).format(instant.atZone(PARIS));
    }

    static String number(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(region(locale)).format(value);
    }

    private static Locale region(Locale locale) {
        return fr.coopdec.shared.ui.Dates.region(locale);
    }
}
