package fr.coopdec.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import fr.coopdec.shared.TranslationProvider;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

/**
 * The UI language: {@code ?lang=} in the address first, then the cookie set by the language switch
 * (kept a year), then the browser's Accept-Language, else French.
 */
public final class Language {

    static final String COOKIE = "coopdec-lang";

    private Language() {}

    public static Locale current() {
        UI ui = UI.getCurrent();
        return ui == null ? TranslationProvider.FRENCH : ui.getLocale();
    }

    /** Switches the whole session to the locale, remembers it, and reloads so every text follows. */
    public static void switchTo(Locale locale) {
        Locale chosen = supported(locale.getLanguage());
        VaadinSession.getCurrent().setLocale(chosen);
        remember(chosen);
        UI.getCurrent().getPage().reload();
    }

    /** {@code ?lang=en} or {@code ?lang=fr}: the session and the UI take it, and the cookie remembers it. */
    static void fromAddress(UI ui, String lang) {
        if (!"en".equals(lang) && !"fr".equals(lang)) {
            return;
        }
        Locale chosen = supported(lang);
        ui.getSession().setLocale(chosen);
        ui.setLocale(chosen);
        ui.getPage().executeJs("document.documentElement.lang = $0", chosen.getLanguage());
        remember(chosen);
    }

    private static void remember(Locale chosen) {
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
    }

    /** The language a new session starts in: ?lang=, the remembered one, the browser's, else French. */
    static Locale fromRequest(VaadinRequest request) {
        if (request == null) {
            return TranslationProvider.FRENCH;
        }
        String lang = request.getParameter("lang");
        if ("en".equals(lang) || "fr".equals(lang)) {
            return supported(lang);
        }
        Optional<Locale> remembered = request.getCookies() == null
                ? Optional.empty()
                : Arrays.stream(request.getCookies())
                        .filter(cookie -> COOKIE.equals(cookie.getName()))
                        .findFirst()
                        .map(cookie -> supported(cookie.getValue()));
        return remembered.orElseGet(() -> fromBrowser(request));
    }

    /** The first of French or English in the browser's Accept-Language, in its order of preference. */
    private static Locale fromBrowser(VaadinRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return TranslationProvider.FRENCH;
        }
        return Collections.list(request.getLocales()).stream()
                .map(Locale::getLanguage)
                .filter(language -> "fr".equals(language) || "en".equals(language))
                .findFirst()
                .map(Language::supported)
                .orElse(TranslationProvider.FRENCH);
    }

    private static Locale supported(String language) {
        return "en".equals(language) ? TranslationProvider.ENGLISH : TranslationProvider.FRENCH;
    }
}
