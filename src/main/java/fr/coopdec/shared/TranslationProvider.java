package fr.coopdec.shared;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * French first, English second. The base bundle is French; lookups never fall back to the JVM's
 * default locale, so a server running in English still shows French to French users. Each module has
 * its own bundle, named after the key's prefix ({@code atlas.search.title} → {@code vaadin-i18n/atlas});
 * keys of other prefixes (common, home, layout, login...) live in {@code vaadin-i18n/shared}.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** The modules with a bundle of their own; a new module adds its prefix here and its two files. */
    public static final Set<String> MODULE_BUNDLES = Set.of(
            "atlas",
            "bourse",
            "pact3",
            "ficol",
            "jeunesse",
            "assises",
            "dashboard",
            "referential",
            "security",
            "appels");

    public static final String SHARED_BUNDLE = "shared";

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(FRENCH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return translate(key, locale, params);
    }

    /** The bundle holding a key: its module's, or the shared one. */
    public static String bundleOf(String key) {
        int dot = key.indexOf('.');
        String prefix = dot < 0 ? key : key.substring(0, dot);
        return MODULE_BUNDLES.contains(prefix) ? prefix : SHARED_BUNDLE;
    }

    /** Dates as everywhere else in that language ({@link DateFormats}); MessageFormat knows only java.util.Date. */
    private static Object[] localised(Object[] params, Locale locale) {
        Object[] out = params.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof LocalDate date) {
                out[i] = DateFormats.date(locale).format(date);
            }
        }
        return out;
    }

    /** Static access for code that has no Vaadin component at hand (services building e-mails, exports). */
    public static String translate(String key, Locale locale, Object... params) {
        Locale effective =
                ENGLISH.getLanguage().equals(locale == null ? null : locale.getLanguage()) ? ENGLISH : Locale.ROOT;
        try {
            String pattern = ResourceBundle.getBundle("vaadin-i18n." + bundleOf(key), effective, NO_FALLBACK)
                    .getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(localised(params, locale));
        } catch (MissingResourceException e) {
            log.warn("Missing translation '{}' for {}", key, locale);
            return "!" + key;
        }
    }
}
