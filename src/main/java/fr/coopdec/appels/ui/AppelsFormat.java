package fr.coopdec.appels.ui;

import fr.coopdec.shared.ui.Dates;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;

/** Euros and dates as the pages of DAECT's calls show them ("150 000 €", "5 décembre 2026"). */
final class AppelsFormat {

    private AppelsFormat() {}

    static String euros(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Dates.region(locale));
        format.setCurrency(Currency.getInstance("EUR"));
        format.setMaximumFractionDigits(0);
        return format.format(amount);
    }

    static String date(LocalDate date, Locale locale) {
        return Dates.date(date, locale);
    }

    static String annees(int debut, int fin) {
        return debut == fin ? String.valueOf(debut) : debut + "–" + fin;
    }
}
