package fr.coopdec.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import fr.coopdec.shared.TranslationProvider;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/** The UI language: French by default, English on request, remembered in a cookie for a year. */
public final class Language {

    static final String COOKIE = "coopdec-lang";

    private Language() {
    }

    public static Locale current() {
        UI ui = UI.getCurrent();
        return ui == null ? TranslationProvider.FRENCH : ui.getLocale();
    }

    /** Switches the whole session to the locale, remembers it, and reloads so every text follows. */
    public static void switchTo(Locale locale) {
        Locale chosen = supported(locale.getLanguage());
        VaadinSession.getCurrent().setLocale(chosen);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        UI.getCurrent().getPage().reload();
    }

    /** The language a new session starts in: the remembered one, else French. */
    static Locale fromRequest(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return TranslationProvider.FRENCH;
        }
        return Arrays.stream(request.getCookies())
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .findFirst()
                .map(cookie -> supported(cookie.getValue()))
                .orElse(TranslationProvider.FRENCH);
    }

    private static Locale supported(String language) {
        return "en".equals(language) ? TranslationProvider.ENGLISH : TranslationProvider.FRENCH;
    }
}
