package fr.coopdec.ficol.ui;

import fr.coopdec.ficol.VerdictTexts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/** Euros and dates as the FICOL pages show them. */
final class FicolFormat {

    private FicolFormat() {}

    static String euros(BigDecimal amount, Locale locale) {
        return amount == null ? "" : VerdictTexts.euros(amount, locale);
    }

    static String date(LocalDate date, Locale locale) {
        return fr.coopdec.shared.ui.Dates.date(date, locale);
    }
}
