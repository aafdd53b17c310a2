package fr.coopdec.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.coopdec.assises.AssisesFixtures;
import fr.coopdec.assises.Evenement;
import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.TestUsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/** axe-core's WCAG 2.1 A/AA rules on the public pages and on each role's main pages; reflow at 320 px. */
class PagesBrowserIT extends BrowserSupport {

    /** The main pages of each role (its entry pages and what it works with daily). */
    static final Map<Role, List<String>> ROLE_PAGES = Map.of(
            Role.ADMIN, List.of("tableau-de-bord", "bourse/moderation", "admin/utilisateurs", "appels"),
            Role.POSTE, List.of("bourse/poste"),
            Role.COLLECTIVITE, List.of("pact3/candidatures", "ficol/dossiers", "appels/candidatures"),
            Role.AFD, List.of("ficol/dossiers", "pact3/jury"),
            Role.VOLONTARIAT, List.of("jeunesse/volontaires"),
            Role.ORGANISATEUR, List.of("assises/gestion"));

    /** Visible elements whose right edge passes the viewport (grids, which scroll by design, aside). */
    static final String OVERFLOWING = "const width = document.documentElement.clientWidth;"
            + " return Array.from(document.querySelectorAll('body *'))"
            + ".filter(e => !e.closest('vaadin-grid, vaadin-dev-tools, .v-status-message') && e.getClientRects().length > 0)"
            + ".filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > width + 1 && r.left >= 0; })"
            + ".map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined"
            + " ? '.' + String(e.className).split(' ').join('.') : '') + ' in ' + (e.parentElement ? e.parentElement.tagName.toLowerCase() + '.' + e.parentElement.className : '') + ' right=' + Math.round(e.getBoundingClientRect().right))"
            + ".slice(0, 10);";

    @Autowired
    AssisesFixtures assises;

    @Autowired
    AtlasFixtures atlas;

    @Autowired
    TestUsers users;

    @Test
    void every_public_page_has_no_axe_violation() {
        Evenement evenement = assises.evenement(20);
        assises.session(evenement, "Salle du Bénin", 9, 10, "Marie Dupont");
        atlas.partenariat("Accord axe " + AtlasFixtures.token(), atlas.commune("69123"), "BJ");
        for (String page : List.of(
                "",
                "atlas",
                "atlas/carte",
                "bourse",
                "bourse/proposer",
                "pact3/laureats",
                "jeunesse/chiffres",
                "assises",
                "assises/evenements/" + evenement.getId(),
                "assises/evenements/" + evenement.getId() + "/inscription",
                "login",
                "accessibilite")) {
            open(page);
            assertThat(driver.findElements(By.id("footer-accessibilite")))
                    .as("footer link on /" + page)
                    .isNotEmpty();
            assertNoAxeViolations("/" + page);
        }
    }

    @Test
    void each_role_main_pages_have_no_axe_violation() {
        for (Map.Entry<Role, List<String>> role : ROLE_PAGES.entrySet()) {
            driver.manage().deleteAllCookies();
            login(users.create(role.getKey(), scope(role.getKey())));
            assertNoAxeViolations("home as " + role.getKey());
            for (String page : role.getValue()) {
                open(page);
                assertThat(driver.findElements(By.id("access-denied")))
                        .as(role.getKey() + " may open /" + page)
                        .isEmpty();
                assertNoAxeViolations("/" + page + " as " + role.getKey());
            }
        }
    }

    @Test
    void the_home_page_and_the_registration_form_reflow_at_320_px() {
        Evenement evenement = assises.evenement(20);
        driver.manage().window().setSize(new Dimension(320, 800));
        for (String page : List.of("", "assises/evenements/" + evenement.getId() + "/inscription")) {
            open(page);
            screenshot("320 " + page);
            assertThat(js(OVERFLOWING))
                    .as("elements wider than the 320 px viewport on /" + page)
                    .isEqualTo(List.of());
            assertThat(driver.findElement(By.id("footer-accessibilite")).isDisplayed())
                    .isTrue();
        }
    }

    private java.util.function.Consumer<fr.coopdec.security.Utilisateur> scope(Role role) {
        return switch (role) {
            case POSTE -> u -> u.setPays(atlas.pays("BJ"));
            case COLLECTIVITE -> u -> u.setCollectiviteFrancaise(atlas.commune("69123"));
            default -> u -> {};
        };
    }
}
