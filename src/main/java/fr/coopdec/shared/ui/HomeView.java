package fr.coopdec.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The public home page: what CoopDec is and a card for each module the reader may open (a new module
 * adds its name to {@link #MODULES} and its entry page to {@link #ENTRY_PAGES}); an anonymous reader is
 * told which modules are for accounts.
 */
@Route("")
@Menu(order = 0, title = "home.menu", icon = "vaadin:home")
@AnonymousAllowed
public class HomeView extends Div implements HasDynamicTitle {

    static final List<String> MODULES =
            List.of("atlas", "bourse", "pact3", "appels", "ficol", "jeunesse", "assises", "dashboard");
    /** Each module's entry page, linked from its card. */
    static final Map<String, String> ENTRY_PAGES = Map.of(
            "atlas",
            "atlas",
            "bourse",
            "bourse",
            "pact3",
            "pact3/laureats",
            "appels",
            "appels",
            "ficol",
            "ficol/dossiers",
            "jeunesse",
            "jeunesse/chiffres",
            "assises",
            "assises",
            "dashboard",
            "tableau-de-bord");

    public HomeView() {
        addClassName("home-view");
        add(new H1(getTranslation("home.title")));
        add(new Paragraph(getTranslation("home.intro")));
        Section modules = new Section();
        modules.addClassName("module-cards");
        modules.getElement().setAttribute("aria-label", getTranslation("home.modules"));
        List<String> reserved = new ArrayList<>();
        for (String module : MODULES) {
            String title = getTranslation("home.module." + module + ".title");
            // only the modules the reader may open: a card never leads to "accès refusé"
            if (!mayOpen(ENTRY_PAGES.get(module))) {
                reserved.add(title);
                continue;
            }
            H2 heading = new H2(new Anchor(ENTRY_PAGES.get(module), title));
            Article card = new Article(heading, new Paragraph(getTranslation("home.module." + module + ".text")));
            card.addClassName("module-card");
            modules.add(card);
        }
        add(modules);
        if (!reserved.isEmpty() && !ErrorPage.signedIn()) {
            Anchor login = new Anchor("login", getTranslation("layout.login"));
            login.setId("home-login");
            Paragraph accounts = new Paragraph(getTranslation("home.reserved", String.join(", ", reserved)) + " ");
            accounts.add(login);
            accounts.setId("home-reserved");
            add(accounts);
        }
    }

    /** Whether the reader's role may open that page (a card never leads to "access denied"). */
    static boolean mayOpen(String path) {
        return path != null
                && RouteConfiguration.forSessionScope()
                        .getRoute(path)
                        .map(view -> new AccessAnnotationChecker().hasAccess(view))
                        .orElse(false);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("home.title"));
    }
}
