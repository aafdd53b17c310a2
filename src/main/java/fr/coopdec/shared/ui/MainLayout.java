package fr.coopdec.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.coopdec.shared.TranslationProvider;
import fr.coopdec.shared.security.CoopDecUser;
import java.util.List;
import java.util.Locale;

/**
 * The frame of every page: a skip link, a header with the language switch and the user menu, a side
 * navigation grouped by module that lists only the views the user may open ({@link ModuleNavigation}),
 * the {@code main} landmark that holds the view, and the footer with the accessibility statement.
 */
@Layout
@AnonymousAllowed
@JavaScript("context://js/coopdec-a11y.js")
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    static final String CONTENT_ID = "contenu";

    private final transient AuthenticationContext authenticationContext;
    private final Main main = new Main();
    private final Nav navigation;

    public MainLayout(AuthenticationContext authenticationContext, List<MenuEntryCondition> menuConditions) {
        this.authenticationContext = authenticationContext;
        this.navigation = ModuleNavigation.create(getLocale(), menuConditions);
        setPrimarySection(Section.DRAWER);
        main.setId(CONTENT_ID);
        // focusable by the skip link only (not a Tab stop)
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("coopdec-main");
        Div page = new Div(main, new SiteFooter());
        page.addClassName("coopdec-page");
        setContent(page);
        addToNavbar(skipLink(), new DrawerToggle(), pageHeader(), new DemoNotice());
        addToDrawer(brand(), new Scroller(navigation));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        ModuleNavigation.open(navigation, event.getLocation().getPath());
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        main.getElement().appendChild(content.getElement());
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
    }

    /** An in-page link; coopdec-a11y.js moves the focus, since the base href would lead to the home page. */
    private Anchor skipLink() {
        Anchor skip = new Anchor("#" + CONTENT_ID, getTranslation("layout.skip-to-content"));
        skip.addClassName("skip-link");
        return skip;
    }

    private Header pageHeader() {
        Header header = new Header();
        header.addClassName("coopdec-header");
        HorizontalLayout actions = new HorizontalLayout(languageSwitch(), userArea());
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        header.add(actions);
        return header;
    }

    private Component brand() {
        RouterLink home = new RouterLink("", HomeView.class);
        home.add(new Span("CoopDec"));
        home.addClassName("coopdec-brand");
        home.getElement().setAttribute("aria-label", getTranslation("layout.brand.home"));
        return home;
    }

    /** Switches to the other language (French or English); used by the login page too. */
    public static Button languageSwitch() {
        boolean french = !TranslationProvider.ENGLISH
                .getLanguage()
                .equals(Language.current().getLanguage());
        Locale target = french ? TranslationProvider.ENGLISH : TranslationProvider.FRENCH;
        Button button = new Button(french ? "English" : "Français", e -> Language.switchTo(target));
        button.setId("language-switch");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("lang", target.getLanguage());
        button.getElement().setAttribute("aria-label", button.getTranslation("layout.language.switch"));
        return button;
    }

    private Component userArea() {
        return authenticationContext
                .getAuthenticatedUser(CoopDecUser.class)
                .<Component>map(this::userMenu)
                .orElseGet(() -> {
                    Anchor login = new Anchor("login", getTranslation("layout.login"));
                    login.setId("login-link");
                    return login;
                });
    }

    private MenuBar userMenu(CoopDecUser user) {
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        var item = menu.addItem(user.getNom() + " · "
                + getTranslation("security.role." + user.getRole().name()));
        item.getSubMenu().addItem(getTranslation("layout.logout"), e -> authenticationContext.logout());
        return menu;
    }
}
