package fr.coopdec.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.coopdec.shared.security.Role;
import fr.coopdec.support.TestUsers;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** The skip link on a page other than the home page, and the 404 and 403 pages inside the layout. */
class SkipLinkAndErrorPagesBrowserIT extends BrowserSupport {

    @Autowired
    TestUsers users;

    @Test
    void the_skip_link_is_the_first_tab_stop_and_puts_the_focus_in_the_content_of_the_same_page() {
        open("atlas");
        press(Keys.TAB);
        assertThat(focused().getText()).isEqualTo("Aller au contenu");

        press(Keys.ENTER);
        assertThat(driver.getCurrentUrl()).isEqualTo(url("atlas"));
        assertThat(focused().getAttribute("id")).isEqualTo("contenu");

        press(Keys.TAB);
        assertThat((Boolean) js(
                        "return document.getElementById('contenu').contains(arguments[0])"
                                + " || document.getElementById('contenu').contains(document.activeElement)",
                        focused()))
                .as("the Tab after the skip link lands inside <main>")
                .isTrue();
    }

    @Test
    void an_unknown_address_answers_404_with_a_french_page_inside_the_layout() throws Exception {
        open("page-qui-n-existe-pas");
        assertThat(driver.findElement(By.cssSelector("main#contenu h1")).getText())
                .isEqualTo("Page introuvable");
        assertThat(driver.findElements(By.cssSelector("vaadin-side-nav"))).isNotEmpty();
        assertThat(driver.findElement(By.id("error-home")).getAttribute("href")).isEqualTo(url(""));
        assertNoAxeViolations("404");
        assertThat(httpStatus("page-qui-n-existe-pas")).isEqualTo(404);
    }

    @Test
    void a_role_opening_a_page_of_another_role_gets_403_with_a_way_back() throws Exception {
        login(users.create(Role.AFD));
        open("tableau-de-bord");
        assertThat(driver.findElement(By.cssSelector("main#contenu h1")).getText())
                .isEqualTo("Accès refusé");
        assertThat(driver.findElement(By.id("error-home")).getText()).isEqualTo("Retour à l’accueil");
        assertThat(driver.findElements(By.cssSelector("vaadin-side-nav"))).isNotEmpty();
        assertThat(driver.findElement(By.id("footer-accessibilite")).isDisplayed())
                .isTrue();
        assertNoAxeViolations("403");
        assertThat(httpStatus("tableau-de-bord")).isEqualTo(403);
        assertThat(httpStatus("assises/evenements/999999999"))
                .as("an unknown event")
                .isEqualTo(404);
    }

    @Test
    void an_anonymous_visitor_opening_a_page_for_accounts_gets_403_with_a_link_to_sign_in_and_back() throws Exception {
        String email = users.create(Role.ADMIN);
        open("admin/utilisateurs");
        assertThat(driver.findElement(By.cssSelector("main#contenu h1")).getText())
                .isEqualTo("Accès refusé");
        assertThat(driver.getCurrentUrl()).isEqualTo(url("admin/utilisateurs"));
        assertNoAxeViolations("403 anonymous");
        assertThat(httpStatus("admin/utilisateurs")).isEqualTo(403);

        driver.findElement(By.id("error-login")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().endsWith("/login"));
        waitForVaadin();
        driver.findElement(By.cssSelector("vaadin-login-form input[name='username']"))
                .sendKeys(email);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(TestUsers.PASSWORD, Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().equals(url("admin/utilisateurs")));
        waitForVaadin();
        assertThat(driver.findElements(By.id("access-denied"))).isEmpty();
    }
}
