package fr.coopdec.ficol;

import fr.coopdec.referential.CategorieCad;
import fr.coopdec.referential.Pays;
import fr.coopdec.shared.TranslationProvider;
import fr.coopdec.shared.crossmodule.CategorieDepense;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turns a {@link Verdict} into a sentence: countries, DAC categories and euros read naturally. */
public final class VerdictTexts {

    private VerdictTexts() {}

    public static String texte(Verdict verdict, Locale locale) {
        Object[] args =
                verdict.arguments().stream().map(a -> argument(a, locale)).toArray();
        return TranslationProvider.translate(verdict.messageKey(), locale, args);
    }

    public static String euros(BigDecimal amount, Locale locale) {
        NumberFormat format =
                NumberFormat.getCurrencyInstance(locale.getLanguage().equals("en") ? Locale.UK : Locale.FRANCE);
        format.setCurrency(java.util.Currency.getInstance("EUR"));
        format.setMaximumFractionDigits(0);
        return format.format(amount == null ? BigDecimal.ZERO : amount);
    }

    private static Object argument(Object arg, Locale locale) {
        if (arg instanceof Pays pays) {
            return pays.getNom(locale);
        }
        if (arg instanceof CategorieDepense depense) {
            return TranslationProvider.translate("depense.categorie." + depense.name(), locale);
        }
        if (arg instanceof CategorieCad categorie) {
            return TranslationProvider.translate("referential.cad." + categorie.name(), locale);
        }
        if (arg instanceof java.time.LocalDate date) {
            return fr.coopdec.shared.DateFormats.date(locale).format(date);
        }
        if (arg instanceof BigDecimal amount) {
            return euros(amount, locale);
        }
        if (arg instanceof Collection<?> items) {
            return items.stream().map(i -> String.valueOf(argument(i, locale))).collect(Collectors.joining(", "));
        }
        return arg;
    }
}
