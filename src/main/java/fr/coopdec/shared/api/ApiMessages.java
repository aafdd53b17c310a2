package fr.coopdec.shared.api;

import fr.coopdec.shared.TranslationProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The language of API answers: French unless the client's Accept-Language prefers English. Values the
 * client sent are clipped before they enter a message.
 */
public final class ApiMessages {

    static final List<Locale> SUPPORTED = List.of(TranslationProvider.FRENCH, TranslationProvider.ENGLISH);

    private ApiMessages() {}

    /** The message in the language of the current request (Spring's locale context). */
    public static String translate(String key, Object... args) {
        return TranslationProvider.translate(key, current(), clipped(args));
    }

    static String translate(Locale locale, String key, Object... args) {
        return TranslationProvider.translate(key, locale, clipped(args));
    }

    static Locale current() {
        return supported(LocaleContextHolder.getLocale());
    }

    /** French, or English when the header's best supported choice is English; never the server's default. */
    static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return TranslationProvider.FRENCH;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return best == null ? TranslationProvider.FRENCH : best;
        } catch (IllegalArgumentException e) {
            return TranslationProvider.FRENCH;
        }
    }

    static Locale of(HttpServletRequest request) {
        return of(request.getHeader("Accept-Language"));
    }

    private static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage())
                ? TranslationProvider.ENGLISH
                : TranslationProvider.FRENCH;
    }

    private static Object[] clipped(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = args[i] instanceof String s ? ApiError.clip(s) : args[i];
        }
        return out;
    }
}
