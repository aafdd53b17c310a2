package fr.coopdec.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.coopdec.dashboard.AuthorityDashboard;
import fr.coopdec.dashboard.DashboardService;
import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.dashboard.AuthorityActivity;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.ErrorNotifier;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.security.access.AccessDeniedException;

/**
 * Everything about one French authority in one place: each module's records of it (partnerships,
 * sheets, labels, FICOL files, volunteers, events) with the freshness of each.
 */
@Route(value = DashboardRoutes.AUTHORITY, layout = MainLayout.class)
@RolesAllowed({Roles.ADMIN, Roles.POSTE, Roles.COLLECTIVITE})
public class AuthorityDashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Past this age a record is flagged as stale, as the Atlas's freshness list does. */
    private static final Duration STALE = Duration.ofDays(730);

    private final transient DashboardService service;
    private final transient Clock clock;
    private String title = "";

    public AuthorityDashboardView(DashboardService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        addClassName("dashboard-authority");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String cle = event.getRouteParameters().get("cle").orElse("");
        AuthorityDashboard authority;
        try {
            authority = service.authority(cle, getLocale());
        } catch (BusinessException e) {
            showError("dashboard.authority.title.unknown", ErrorNotifier.messageFor(e, getLocale()));
            return;
        } catch (AccessDeniedException e) {
            showError("dashboard.authority.title.refused", getTranslation("dashboard.authority.refused"));
            return;
        }
        title = getTranslation("dashboard.authority.title", authority.nom());
        add(
                new H1(title),
                new Paragraph(getTranslation("referential.collectivite.type."
                                + authority.type().name())
                        + (authority.population() == null
                                ? ""
                                : " · " + getTranslation("dashboard.authority.population", authority.population()))));
        authority.sections().forEach(s -> add(section(s)));
    }

    private void showError(String titleKey, String message) {
        Paragraph error = new Paragraph(message);
        error.getElement().setAttribute("role", "alert");
        title = getTranslation(titleKey);
        add(new H1(title), error);
    }

    private Section section(AuthorityActivity activity) {
        Section section = new Section(new H2(
                getTranslation(activity.titleKey()) + " (" + activity.lines().size() + ")"));
        section.setId("authority-" + activity.titleKey().replace('.', '-'));
        if (activity.lines().isEmpty()) {
            section.add(new Paragraph(getTranslation("dashboard.authority.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        DateTimeFormatter dates =
                fr.coopdec.shared.ui.Dates.dateFormatter(getLocale()).withZone(ZoneId.of("Europe/Paris"));
        for (AuthorityActivity.Line line : activity.lines()) {
            ListItem item =
                    new ListItem(line.link() == null ? new Span(line.label()) : new Anchor(line.link(), line.label()));
            if (line.detail() != null) {
                item.add(new Span(" · " + line.detail()));
            }
            if (line.lastUpdate() != null) {
                Span freshness = new Span(
                        " · " + getTranslation("dashboard.authority.updated", dates.format(line.lastUpdate())));
                if (isStale(line.lastUpdate())) {
                    Span stale = new Span(getTranslation("dashboard.authority.stale"));
                    stale.getElement().getThemeList().add("badge error");
                    freshness.add(new Span(" "), stale);
                }
                item.add(freshness);
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private boolean isStale(Instant lastUpdate) {
        return lastUpdate.isBefore(clock.instant().minus(STALE));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(title);
    }
}
