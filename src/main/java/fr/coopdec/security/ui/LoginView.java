package fr.coopdec.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.coopdec.security.ProConnectProperties;
import fr.coopdec.shared.ui.PageTitles;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;

/** Sign-in page; Spring Security processes the form. Explains why a sign-in failed, in French. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private LoginI18n texts;

    public LoginView(ProConnectProperties proConnect) {
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        texts = i18n();
        form.setI18n(texts);
        add(new H1("CoopDec"));
        if (proConnect.enabled()) {
            add(new ProConnectButton());
        }
        add(new Paragraph(getTranslation("login.intro")), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            texts = i18n();
            texts.getErrorMessage().setMessage(getTranslation(errorKey()));
            form.setI18n(texts);
            form.setError(true);
        }
    }

    /** The texts the form shows, for tests (LoginForm keeps its own copy private). */
    LoginI18n texts() {
        return texts;
    }

    /** Spring Security leaves the last failure in the HTTP session. */
    private static String errorKey() {
        Object failure = VaadinSession.getCurrent() == null ? null
                : VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof LockedException) {
            return "login.error.locked";
        }
        if (failure instanceof DisabledException) {
            return "login.error.disabled";
        }
        if (failure instanceof OAuth2AuthenticationException) {
            return "login.error.proconnect";
        }
        return "login.error.bad-credentials";
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.email"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.bad-credentials"));
        error.setUsername(getTranslation("login.error.email-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("login.title"));
    }
}
