package fr.coopdec.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import fr.coopdec.support.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test that drives the running application (random port, test database, Vaadin dev mode with its
 * pre-compiled bundle) in a real headless Chromium: what only a browser can see — focus, layout at
 * 320 px, HTTP statuses, axe-core's WCAG 2.1 A/AA rules. The UI logic stays in the Karibu tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class BrowserSupport {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @LocalServerPort
    int port;

    WebDriver driver;

    @BeforeEach
    void openBrowser() {
        driver = Chromium.driver();
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(Chromium.WIDTH, Chromium.HEIGHT));
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Opens the page and waits until Vaadin has rendered it and has no request in flight. */
    void open(String path) {
        driver.get(url(path));
        waitForVaadin();
    }

    void waitForVaadin() {
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> Boolean.TRUE.equals(
                        js("return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                                + " && Object.keys(window.Vaadin.Flow.clients).length > 0"
                                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()))"
                                + " && document.readyState === 'complete'")));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Signs in through the login form as a real user would. */
    void login(String email) {
        open("login");
        WebElement user = driver.findElement(By.cssSelector("vaadin-login-form input[name='username']"));
        user.sendKeys(email);
        WebElement password = driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        password.sendKeys(TestUsers.PASSWORD, Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> !d.getCurrentUrl().contains("/login"));
        waitForVaadin();
    }

    /** axe-core with the WCAG 2.1 A and AA rules: the violations, one line each, for the message. */
    void assertNoAxeViolations(String page) {
        screenshot(page);
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<Rule> violations = results.getViolations();
        String report = violations.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " — "
                        + v.getNodes().stream()
                                .limit(3)
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n  "));
        assertThat(violations)
                .as("axe WCAG 2.1 A/AA violations on " + page + ":\n  " + report)
                .isEmpty();
    }

    /** Saves what the browser shows under target/browser-screenshots, to look at after a run. */
    void screenshot(String name) {
        try {
            Path dir = Path.of("target", "browser-screenshots");
            Files.createDirectories(dir);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(name.replaceAll("[^A-Za-z0-9]+", "-") + ".png"), png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The element that has the keyboard focus, looking through shadow roots. */
    WebElement focused() {
        return (WebElement) js("let e = document.activeElement;"
                + " while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; }"
                + " return e;");
    }

    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** The HTTP status of a GET of that path, with the browser's session cookie (signed in or not). */
    int httpStatus(String path) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url(path))).GET();
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session.getValue());
        }
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return client.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
