package fr.coopdec.shared.ui;

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
 * The side navigation: the {@code @Menu} entries the user may open (Vaadin filters them by access),
 * grouped by module — the first segment of their path — into collapsible items, in menu order. A
 * module with a single entry stays a plain link.
 */
final class ModuleNavigation {

    /** Path segments whose group title is not the module card's title. */
    private static final Map<String, String> GROUP_TITLES = Map.of(
            "tableau-de-bord", "home.module.dashboard.title",
            "referentiel", "layout.menu.referentiel",
            "admin", "layout.menu.admin");

    private ModuleNavigation() {
    }

    static Nav create(Locale locale) {
        SideNav sideNav = new SideNav();
        Map<String, List<MenuEntry>> groups = new LinkedHashMap<>();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries(locale)) {
            groups.computeIfAbsent(module(entry.path()), m -> new ArrayList<>()).add(entry);
        }
        groups.forEach((module, entries) -> {
            if (entries.size() == 1) {
                sideNav.addItem(item(sideNav, entries.get(0)));
                return;
            }
            SideNavItem group = new SideNavItem(sideNav.getTranslation(groupTitle(module)));
            group.addClassName("coopdec-nav-group");
            group.setPrefixComponent(icon(entries.get(0).icon()));
            entries.forEach(entry -> group.addItem(item(sideNav, entry)));
            sideNav.addItem(group);
        });
        Nav nav = new Nav(sideNav);
        nav.getElement().setAttribute("aria-label", sideNav.getTranslation("layout.navigation"));
        return nav;
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
