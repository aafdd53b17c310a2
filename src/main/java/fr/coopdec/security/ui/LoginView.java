package fr.coopdec.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
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
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import fr.coopdec.shared.ui.SiteFooter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;

/** Sign-in page; Spring Security processes the form. A failed sign-in gets one generic French message. */
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
        add(new Paragraph(getTranslation("login.intro")), form, new SiteFooter());
        addComponentAsFirst(topBar());
    }

    /** Outside the layout: a way back to the public site and the language switch. */
    private Div topBar() {
        Anchor back = new Anchor("", getTranslation("login.back"));
        back.setId("login-back");
        Div bar = new Div(back, MainLayout.languageSwitch());
        bar.addClassName("login-top-bar");
        return bar;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            // One message whatever the cause (wrong password, locked or disabled account): the page
            // must not tell a guesser which accounts exist or are locked.
            texts = i18n();
            form.setI18n(texts);
            form.setError(true);
        }
    }

    /** The texts the form shows, for tests (LoginForm keeps its own copy private). */
    LoginI18n texts() {
        return texts;
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
        error.setMessage(getTranslation(proConnectFailed() ? "login.error.proconnect" : "login.error.bad-credentials"));
        error.setUsername(getTranslation("login.error.email-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    /** A failed ProConnect sign-in (wrong nonce, expired token) says so; a password failure stays generic. */
    private static boolean proConnectFailed() {
        return VaadinSession.getCurrent() != null
                && VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)
                        instanceof OAuth2AuthenticationException;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("login.title"));
    }
}
