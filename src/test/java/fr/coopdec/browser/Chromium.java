package fr.coopdec.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium for the whole suite, from the machine (Debian's {@code chromium} and
 * {@code chromium-driver}; override with COOPDEC_CHROMIUM and COOPDEC_CHROMEDRIVER). The paths are
 * given explicitly so Selenium Manager never tries to download a browser. Without them the suite is
 * skipped with a message, except in CI (CI=true), where it fails: CI must run it.
 */
final class Chromium {

    static final int WIDTH = 1366;
    static final int HEIGHT = 900;
    private static ChromeDriver driver;

    private Chromium() {}

    static synchronized ChromeDriver driver() {
        if (driver == null) {
            Path browser = Path.of(env("COOPDEC_CHROMIUM", "/usr/bin/chromium"));
            Path chromedriver = Path.of(env("COOPDEC_CHROMEDRIVER", "/usr/bin/chromedriver"));
            if (!Files.isExecutable(browser) || !Files.isExecutable(chromedriver)) {
                String why = "Browser tests need Chromium and its driver: " + browser + " and " + chromedriver
                        + " (apt-get install chromium chromium-driver, or set COOPDEC_CHROMIUM / COOPDEC_CHROMEDRIVER)";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    Assertions.fail(why + " — CI must run them.");
                }
                Assumptions.abort("SKIPPED: " + why);
            }
            ChromeOptions options = new ChromeOptions();
            options.setBinary(browser.toFile());
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-extensions",
                    "--lang=fr-FR",
                    "--window-size=" + WIDTH + "," + HEIGHT);
            // the reader of these tests is French: Accept-Language fr (the language tests set their own)
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "fr-FR,fr"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.toFile())
                    .usingAnyFreePort()
                    .build();
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> driver.quit()));
        }
        return driver;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
