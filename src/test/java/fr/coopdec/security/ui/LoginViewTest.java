package fr.coopdec.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.server.VaadinSession;
import fr.coopdec.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
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
    void wrong_password_is_explained() {
        failWith(new BadCredentialsException("bad"));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(_get(LoginView.class).texts().getErrorMessage().getMessage())
                .isEqualTo("Adresse électronique ou mot de passe incorrect. Vérifiez votre saisie et réessayez.");
    }

    @Test
    void locked_account_is_explained_with_the_waiting_time() {
        failWith(new LockedException("locked"));
        assertThat(_get(LoginView.class).texts().getErrorMessage().getMessage())
                .isEqualTo("Ce compte est verrouillé pour 15 minutes après 5 échecs de connexion. "
                        + "Réessayez plus tard ou demandez à la DAECT de le débloquer.");
    }

    private void failWith(Exception failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        navigate("login?error");
    }
}
