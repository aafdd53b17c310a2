package fr.coopdec.shared.ui;

import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The side navigation: the {@code @Menu} entries the user may open (Vaadin filters them by access) and
 * that no module's {@link MenuEntryCondition} hides, grouped by module — the first segment of their path —
 * into collapsible groups, in menu order. A module with a single entry stays a plain link. A new module
 * needs nothing here: its {@code @Menu} views form its group, titled by {@code home.module.<module>.title}.
 */
final class ModuleNavigation {

    /** Path segments whose group title is not the module card's title. */
    private static final Map<String, String> GROUP_TITLES = Map.of(
            "tableau-de-bord", "home.module.dashboard.title",
            "referentiel", "layout.menu.referentiel",
            "admin", "layout.menu.admin");

    private ModuleNavigation() {}

    static Nav create(Locale locale, List<MenuEntryCondition> conditions) {
        Map<String, List<MenuEntry>> groups = new LinkedHashMap<>();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries(locale)) {
            if (!shows(entry, conditions)) {
                continue;
            }
            groups.computeIfAbsent(module(entry.path()), m -> new ArrayList<>()).add(entry);
        }
        Nav nav = new Nav();
        SideNav loose = null;
        for (Map.Entry<String, List<MenuEntry>> group : groups.entrySet()) {
            List<MenuEntry> entries = group.getValue();
            if (entries.size() == 1) {
                if (loose == null) {
                    loose = new SideNav();
                    nav.add(loose);
                }
                loose.addItem(item(loose, entries.get(0)));
                continue;
            }
            loose = null;
            SideNav items = new SideNav();
            entries.forEach(entry -> items.addItem(item(items, entry)));
            // a native <details>: collapsible by keyboard and announced as such, with no ARIA to get wrong
            // (Vaadin's nested side-nav items point aria-controls into their shadow root, which axe refuses)
            NativeDetails details = new NativeDetails(items.getTranslation(groupTitle(group.getKey())), items);
            details.addClassName("coopdec-nav-group");
            details.getElement().setAttribute("data-module", group.getKey());
            nav.add(details);
        }
        nav.getElement().setAttribute("aria-label", nav.getTranslation("layout.navigation"));
        return nav;
    }

    /** False when a module's condition for that entry's route says no. */
    static boolean shows(MenuEntry entry, List<MenuEntryCondition> conditions) {
        String route = trim(entry.path());
        return conditions.stream()
                .filter(condition -> trim(condition.route()).equals(route))
                .allMatch(MenuEntryCondition::shows);
    }

    private static String trim(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    /** Opens the group of the page shown (the others stay as the reader left them). */
    static void open(Nav nav, String path) {
        String module = module(path);
        nav.getChildren()
                .filter(NativeDetails.class::isInstance)
                .map(NativeDetails.class::cast)
                .filter(details -> module.equals(details.getElement().getAttribute("data-module")))
                .forEach(details -> details.setOpen(true));
    }

    /** "atlas" for "/atlas/carte", "" for the home page. */
    static String module(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        int slash = trimmed.indexOf('/');
        return slash < 0 ? trimmed : trimmed.substring(0, slash);
    }

    private static String groupTitle(String module) {
        return GROUP_TITLES.getOrDefault(module, "home.module." + module + ".title");
    }

    private static SideNavItem item(SideNav nav, MenuEntry entry) {
        SideNavItem item = new SideNavItem(nav.getTranslation(entry.title()), entry.path());
        Icon icon = icon(entry.icon());
        if (icon != null) {
            item.setPrefixComponent(icon);
        }
        return item;
    }

    private static Icon icon(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String[] parts = name.split(":", 2);
        return parts.length == 2 ? new Icon(parts[0], parts[1]) : new Icon(parts[0]);
    }
}
