package fr.coopdec.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.KaribuTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HomeViewTest extends KaribuTest {

    @Test
    void anonymous_visitor_sees_the_public_modules_and_which_are_for_accounts() {
        assertThat(_get(H1.class).getText()).isEqualTo("La coopération décentralisée française");
        assertThat(_find(H2.class))
                .extracting(h -> h.getElement().getTextRecursively())
                .containsExactly("Atlas", "Bourse-partenariat", "PACT3", "Jeunesse et réciprocité", "Assises");
        assertThat(_get(Paragraph.class, spec -> spec.withId("home-reserved"))
                        .getElement()
                        .getTextRecursively())
                .isEqualTo(
                        "Réservés aux comptes CoopDec : Appels à projets DAECT, FICOL, Tableau de bord DAECT. Se connecter");
        assertThat(_get(Anchor.class, spec -> spec.withId("home-login")).getHref())
                .isEqualTo("login");
        assertThat(UI.getCurrent().getInternals().getTitle())
                .isEqualTo("La coopération décentralisée française · CoopDec");
    }

    @Test
    void the_atlas_card_leads_to_the_atlas_search() {
        assertThat(_find(Anchor.class, spec -> spec.withText("Atlas")))
                .singleElement()
                .extracting(Anchor::getHref)
                .isEqualTo("atlas");
    }

    @Test
    void each_built_module_card_leads_to_its_entry_page() {
        assertThat(_find(Anchor.class, spec -> spec.withText("Bourse-partenariat")))
                .singleElement()
                .extracting(Anchor::getHref)
                .isEqualTo("bourse");
        assertThat(_find(Anchor.class, spec -> spec.withText("PACT3")))
                .singleElement()
                .extracting(Anchor::getHref)
                .isEqualTo("pact3/laureats");
        assertThat(_find(Anchor.class, spec -> spec.withText("Tableau de bord DAECT")))
                .isEmpty();

        login(Role.ADMIN);
        assertThat(_find(Anchor.class, spec -> spec.withText("Tableau de bord DAECT")))
                .singleElement()
                .extracting(Anchor::getHref)
                .isEqualTo("tableau-de-bord");
    }

    @Test
    void the_cards_are_only_those_of_the_modules_the_role_may_open() {
        login(Role.AFD);
        assertThat(_find(H2.class))
                .extracting(h -> h.getElement().getTextRecursively())
                .contains("Atlas", "FICOL")
                .doesNotContain("Tableau de bord DAECT");
        assertThat(_find(H2.class)).allMatch(h -> !_find(h, Anchor.class).isEmpty(), "every card is a link");
        assertThat(_find(Paragraph.class, spec -> spec.withId("home-reserved"))).isEmpty();

        login(Role.VOLONTARIAT);
        assertThat(_find(H2.class))
                .extracting(h -> h.getElement().getTextRecursively())
                .doesNotContain("FICOL", "Tableau de bord DAECT");
    }

    @Test
    void the_navigation_groups_the_entries_of_a_module_under_its_name() {
        login(Role.ADMIN);
        assertThat(group("Atlas"))
                .extracting(SideNavItem::getPath)
                .allMatch(path -> path.startsWith("atlas"))
                .hasSizeGreaterThan(1);
        assertThat(group("PACT3")).extracting(SideNavItem::getPath).allMatch(path -> path.startsWith("pact3"));
        assertThat(groupDetails("Atlas").isOpen()).isFalse();

        UI.getCurrent().navigate("atlas");
        assertThat(groupDetails("Atlas").isOpen())
                .as("the group of the page shown opens")
                .isTrue();
    }

    @Test
    void every_page_has_a_footer_link_to_the_accessibility_statement() {
        assertThat(_get(Anchor.class, spec -> spec.withId("footer-accessibilite"))
                        .getHref())
                .isEqualTo("accessibilite");
        UI.getCurrent().navigate("accessibilite");
        assertThat(_get(H1.class).getText()).isEqualTo("Déclaration d’accessibilité");
        assertThat(_find(H2.class))
                .extracting(H2::getText)
                .contains(
                        "État de conformité",
                        "Contenus non accessibles",
                        "Retour d’information et contact",
                        "Voies de recours");
        assertThat(_get(Anchor.class, spec -> spec.withId("footer-accessibilite"))
                        .getHref())
                .isEqualTo("accessibilite");
    }

    @Test
    void language_switch_turns_the_interface_to_english_and_back() {
        _click(_get(Button.class, spec -> spec.withId("language-switch")));

        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(_get(H1.class).getText()).isEqualTo("French decentralised cooperation");
        assertThat(_get(Button.class, spec -> spec.withId("language-switch")).getText())
                .isEqualTo("Français");

        _click(_get(Button.class, spec -> spec.withId("language-switch")));
        assertThat(_get(H1.class).getText()).isEqualTo("La coopération décentralisée française");
    }

    @Test
    void anonymous_navigation_lists_only_public_entries() {
        assertThat(_find(SideNavItem.class))
                .extracting(SideNavItem::getLabel)
                .contains("Accueil", "Atlas")
                .doesNotContain("Utilisateurs", "Importer des partenariats");
    }

    @Test
    void administrator_navigation_lists_the_users_view() {
        login(Role.ADMIN);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Accueil", "Utilisateurs");
    }

    private static NativeDetails groupDetails(String title) {
        return _find(NativeDetails.class).stream()
                .filter(details ->
                        title.equals(details.getSummary().getElement().getTextRecursively()))
                .findFirst()
                .orElseThrow();
    }

    private static java.util.List<SideNavItem> group(String title) {
        return _find(groupDetails(title), SideNavItem.class);
    }
}
