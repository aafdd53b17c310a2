package fr.coopdec.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.server.VaadinSession;
import fr.coopdec.support.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

class LoginViewTest extends KaribuTest {

    @Test
    void login_form_speaks_french_and_posts_to_spring_security() {
        navigate("login");
        LoginForm form = _get(LoginForm.class);
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(_get(LoginView.class).texts().getForm().getUsername()).isEqualTo("Adresse électronique");
        assertThat(_get(LoginView.class).texts().getForm().getPassword()).isEqualTo("Mot de passe");
        assertThat(form.isError()).isFalse();
    }

    @Test
    void wrong_password_locked_and_disabled_accounts_get_the_same_message() {
        String expected = "Connexion refusée : adresse électronique ou mot de passe incorrect, ou compte indisponible. "
                + "Après 5 échecs en 15 minutes, un compte est verrouillé 15 minutes ; en cas de doute, contactez la DAECT.";
        for (Exception failure : List.of(
                new BadCredentialsException("bad"), new LockedException("locked"), new DisabledException("disabled"))) {
            failWith(failure);
            assertThat(_get(LoginForm.class).isError()).isTrue();
            assertThat(_get(LoginView.class).texts().getErrorMessage().getMessage())
                    .as(failure.getClass().getSimpleName())
                    .isEqualTo(expected);
        }
    }

    private void failWith(Exception failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        navigate("login?error");
    }
}
