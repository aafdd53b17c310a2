package fr.coopdec.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.coopdec.assises.AssisesFixtures;
import fr.coopdec.assises.Evenement;
import fr.coopdec.atlas.AtlasFixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Keyboard-only paths: every action below is a key press sent to whatever has the focus, never a
 * click or a search for an element to act on. Key presses (Tab, Enter) are counted apart from the
 * characters typed into the fields, which any user types whatever the page.
 */
class KeyboardBrowserIT extends BrowserSupport {

    @Autowired
    AssisesFixtures assises;

    @Autowired
    AtlasFixtures atlas;

    private int presses;
    private int typed;

    @Test
    void registering_to_the_assises_takes_fewer_than_25_key_presses_and_ends_on_the_confirmation() {
        Evenement evenement = assises.evenement(50);
        open("assises/evenements/" + evenement.getId() + "/inscription");

        key(Keys.TAB); // skip link
        key(Keys.ENTER); // focus on <main>
        key(Keys.TAB);
        type("A"); // prénom
        key(Keys.TAB);
        type("B"); // nom
        key(Keys.TAB);
        type("a@b.fr"); // e-mail
        key(Keys.TAB);
        type("C"); // organisation
        key(Keys.TAB);
        type("AFD"); // catégorie
        key(Keys.ENTER);
        waitForVaadin();
        for (int i = 0; i < 8 && !"inscrire".equals(focusedRole()); i++) {
            key(Keys.TAB); // needs, "add a person", waitlist consent
        }
        assertThat(focused().getText()).isEqualTo("M’inscrire");
        key(Keys.ENTER);
        waitForVaadin();

        System.out.printf("[browser] keyboard registration: %d key presses + %d typed characters%n", presses, typed);
        assertThat(presses)
                .as("Tab/Enter presses (plus %d typed characters)", typed)
                .isLessThan(25);
        WebElement confirmation = focused();
        assertThat(confirmation.getAttribute("class")).contains("confirmation");
        assertThat(confirmation.getText()).contains("Inscription enregistrée", "A B");
        assertThat(driver.findElements(By.cssSelector("vaadin-button")).stream()
                        .filter(WebElement::isDisplayed)
                        .map(WebElement::getText))
                .doesNotContain("M’inscrire");
        assertNoAxeViolations("registration confirmation");
    }

    @Test
    void an_empty_submit_moves_the_focus_to_a_summary_of_the_fields_to_correct() {
        Evenement evenement = assises.evenement(50);
        open("assises/evenements/" + evenement.getId() + "/inscription");
        for (int i = 0; i < 30 && !"inscrire".equals(focusedRole()); i++) {
            key(Keys.TAB);
        }
        key(Keys.ENTER);
        waitForVaadin();

        WebElement summary = focused();
        assertThat(summary.getAttribute("class")).contains("form-summary");
        assertThat(summary.getText()).contains("5 champ(s) à corriger", "Personne 1 : Prénom");
        assertNoAxeViolations("registration with errors");
    }

    @Test
    void the_atlas_is_searched_and_exported_as_csv_with_the_keyboard_only() throws Exception {
        String token = AtlasFixtures.token();
        atlas.partenariat("Accord clavier " + token, atlas.commune("69123"), "BJ");
        open("atlas");

        key(Keys.TAB); // skip link
        key(Keys.ENTER);
        key(Keys.TAB); // the full-text field comes first
        type(token);
        key(Keys.ENTER);
        waitForVaadin();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> driver.getCurrentUrl().contains("q=" + token));
        assertThat(driver.findElement(By.cssSelector(".result-count")).getText())
                .startsWith("1 ");

        for (int i = 0; i < 40 && !focused().getText().contains("CSV"); i++) {
            key(Keys.TAB);
        }
        assertThat(focused().getText()).contains("CSV");
        key(Keys.ENTER);
        WebElement link = new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
            waitForVaadin();
            return d.findElements(By.cssSelector(".coopdec-csv-export a[href]")).stream()
                    .filter(WebElement::isDisplayed)
                    .findFirst()
                    .orElse(null);
        });
        key(Keys.TAB);
        assertThat(focused().getAttribute("href"))
                .as("the download link is the next tab stop")
                .isEqualTo(link.getAttribute("href"));

        HttpRequest request = HttpRequest.newBuilder(URI.create(link.getAttribute("href")))
                .header(
                        "Cookie",
                        "JSESSIONID="
                                + driver.manage().getCookieNamed("JSESSIONID").getValue())
                .build();
        String csv = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(csv).contains("Accord clavier " + token);
    }

    private void key(CharSequence key) {
        press(key);
        presses++;
    }

    private void type(String text) {
        press(text);
        typed += text.length();
    }

    /** A marker for the registration button: its text. */
    private String focusedRole() {
        String text = focused().getText();
        return "M’inscrire".equals(text) ? "inscrire" : text;
    }
}
