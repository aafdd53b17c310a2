package fr.coopdec.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.server.VaadinSession;
import fr.coopdec.security.ProConnectProperties;
import fr.coopdec.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.WebAttributes;

/** The pages of ProConnect sign-in: the refusal page of an unknown agent, the button, the failure message. */
class ProConnectViewsTest extends KaribuTest {

    @Test
    void an_unknown_agent_reads_in_french_whom_to_ask_and_with_which_address() {
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(ProConnectProperties.UNKNOWN_AGENT_EMAIL, "jean.inconnu@diplomatie.gouv.fr");

        navigate(ProConnectProperties.UNKNOWN_AGENT_ROUTE);

        assertThat(_get(H1.class).getText()).isEqualTo("Aucun compte CoopDec pour cette identité ProConnect");
        String text = String.join(
                " ", _find(Paragraph.class).stream().map(Paragraph::getText).toList());
        assertThat(text).contains("(jean.inconnu@diplomatie.gouv.fr)", "Demandez à la DAECT", "créer votre compte");
        assertThat(_get(Anchor.class).getHref()).isEqualTo("login");
    }

    @Test
    void the_sign_in_page_has_no_proconnect_button_when_proconnect_is_not_configured() {
        navigate("login");

        assertThat(_find(ProConnectButton.class)).isEmpty();
    }

    @Test
    void a_failed_proconnect_sign_in_is_explained_on_the_login_page() {
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(
                        WebAttributes.AUTHENTICATION_EXCEPTION,
                        new OAuth2AuthenticationException(new OAuth2Error("invalid_nonce")));

        navigate("login?error");

        assertThat(_get(LoginForm.class).isError()).isTrue();
        assertThat(_get(LoginView.class).texts().getErrorMessage().getMessage())
                .startsWith("La connexion avec ProConnect n’a pas abouti");
    }

    @Test
    void the_proconnect_button_leads_to_the_authorization_endpoint_outside_the_router() {
        ProConnectButton button = new ProConnectButton();

        assertThat(button.href()).isEqualTo("oauth2/authorization/proconnect");
        Anchor signIn = (Anchor) button.getContent()
                .getChildren()
                .filter(Anchor.class::isInstance)
                .findFirst()
                .orElseThrow();
        assertThat(signIn.getElement().hasAttribute("router-ignore")).isTrue();
        assertThat(signIn.getElement().getTextRecursively()).contains("S’identifier avec", "ProConnect");
    }
}
