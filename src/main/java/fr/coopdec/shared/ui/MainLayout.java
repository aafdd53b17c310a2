package fr.coopdec.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.coopdec.shared.security.CoopDecUser;
import fr.coopdec.shared.TranslationProvider;
import java.util.Locale;

/**
 * The frame of every page: a header with the language switch and the user menu, a side navigation
 * that lists only the views the user may open ({@code @Menu} entries filtered by access), and the
 * {@code main} landmark that holds the view.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    static final String CONTENT_ID = "contenu";

    private final transient AuthenticationContext authenticationContext;
    private final Main main = new Main();

    public MainLayout(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
        setPrimarySection(Section.DRAWER);
        main.setId(CONTENT_ID);
        main.addClassName("coopdec-main");
        setContent(main);
        addToNavbar(skipLink(), new DrawerToggle(), pageHeader(), new DemoNotice());
        addToDrawer(brand(), new Scroller(navigation()), footer());
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

    private Nav navigation() {
        SideNav sideNav = new SideNav();
        Locale locale = getLocale();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries(locale)) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(icon.length == 2 ? new Icon(icon[0], icon[1]) : new Icon(icon[0]));
            }
            sideNav.addItem(item);
        }
        Nav nav = new Nav(sideNav);
        nav.getElement().setAttribute("aria-label", getTranslation("layout.navigation"));
        return nav;
    }

    private Button languageSwitch() {
        boolean french = !TranslationProvider.ENGLISH.getLanguage().equals(getLocale().getLanguage());
        Locale target = french ? TranslationProvider.ENGLISH : TranslationProvider.FRENCH;
        Button button = new Button(french ? "English" : "Français", e -> Language.switchTo(target));
        button.setId("language-switch");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.getElement().setAttribute("lang", target.getLanguage());
        button.getElement().setAttribute("aria-label", getTranslation("layout.language.switch"));
        return button;
    }

    private Component userArea() {
        return authenticationContext.getAuthenticatedUser(CoopDecUser.class)
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
        var item = menu.addItem(user.getNom() + " · " + getTranslation("security.role." + user.getRole().name()));
        item.getSubMenu().addItem(getTranslation("layout.logout"), e -> authenticationContext.logout());
        return menu;
    }

    private Footer footer() {
        Footer footer = new Footer(new Span(getTranslation("layout.footer")));
        footer.addClassName("coopdec-footer");
        return footer;
    }
}
