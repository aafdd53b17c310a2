package fr.coopdec.dashboard.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.coopdec.dashboard.Dashboard;
import fr.coopdec.dashboard.DashboardExports;
import fr.coopdec.dashboard.DashboardService;
import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.CollectiviteFrancaiseFilter;
import fr.coopdec.referential.Pays;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.dashboard.KeyFigure;
import fr.coopdec.shared.security.CurrentUser;
import fr.coopdec.shared.security.Role;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.ErrorNotifier;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.data.domain.Sort;

/**
 * DAECT's home: key figures (each a link to the list behind it), yearly trends, a map of active
 * partnerships and the alerts of every module, for the scope of the signed-in user — DAECT may pick
 * a country ({@code ?pays=BJ}); an embassy post sees its country, an authority itself.
 */
@Route(value = DashboardRoutes.DASHBOARD, layout = MainLayout.class)
@Menu(order = 5, title = "dashboard.menu", icon = "vaadin:dashboard")
@RolesAllowed({Roles.ADMIN, Roles.POSTE, Roles.COLLECTIVITE})
public class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient DashboardService service;
    private final transient DashboardExports exports;
    private final transient ReferentialQueries referential;
    private final transient CurrentUser currentUser;

    private final Clock clock;

    public DashboardView(
            DashboardService service,
            DashboardExports exports,
            ReferentialQueries referential,
            CurrentUser currentUser,
            Clock clock) {
        this.clock = clock;
        this.service = service;
        this.exports = exports;
        this.referential = referential;
        this.currentUser = currentUser;
        addClassName("dashboard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String pays = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("pays")
                .orElse(null);
        Dashboard dashboard;
        try {
            dashboard = service.dashboard(pays);
        } catch (BusinessException e) {
            Paragraph error = new Paragraph(ErrorNotifier.messageFor(e, getLocale()));
            error.getElement().setAttribute("role", "alert");
            add(new H1(getTranslation("dashboard.title")), error);
            return;
        }
        add(new H1(getTranslation("dashboard.title.scope", DashboardExports.scopeLabel(dashboard, getLocale()))));
        if (currentUser.hasRole(Role.ADMIN)) {
            add(new HorizontalLayout(countryPicker(dashboard), authorityPicker()));
        } else if (currentUser.hasRole(Role.POSTE)) {
            add(authorityPicker());
        } else {
            currentUser
                    .get()
                    .flatMap(u -> u.getCollectiviteFrancaiseId())
                    .flatMap(referential::findCollectiviteFrancaise)
                    .ifPresent(c -> add(link(
                            DashboardRoutes.authority(c.getCleAtlas()),
                            getTranslation("dashboard.authority.own"),
                            "dashboard-own-authority")));
        }
        add(
                figures(dashboard),
                downloads(dashboard),
                new DashboardCharts(dashboard),
                new DashboardAlerts(dashboard.alerts()),
                serverTime(dashboard));
    }

    private Section figures(Dashboard dashboard) {
        Div cards = new Div();
        cards.addClassName("dashboard-figures");
        for (KeyFigure figure : dashboard.figures()) {
            Span value = new Span(DashboardExports.format(figure, getLocale()));
            value.addClassName("dashboard-figure-value");
            Span label = new Span(getTranslation(figure.labelKey()));
            label.addClassName("dashboard-figure-label");
            Anchor card = new Anchor(figure.link() == null ? "" : figure.link(), value, label);
            card.addClassName("dashboard-figure");
            card.setId("figure-" + figure.labelKey().replace('.', '-'));
            cards.add(card);
        }
        Section section = new Section(new H2(getTranslation("dashboard.figures.title")), cards);
        section.setId("dashboard-figures");
        section.setWidthFull();
        return section;
    }

    private HorizontalLayout downloads(Dashboard dashboard) {
        String scope = dashboard.scope().paysCode() != null
                ? dashboard.scope().paysCode().toLowerCase()
                : dashboard.scope().isAll() ? "france" : "collectivite";
        Anchor csv = new Anchor(
                DownloadHandler.fromInputStream(e -> {
                    byte[] bytes = exports.figuresCsv(dashboard, getLocale());
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "coopdec-chiffres-" + scope + ".csv",
                            "text/csv",
                            bytes.length);
                }),
                getTranslation("dashboard.download.csv"));
        csv.setId("dashboard-csv");
        csv.getElement().setAttribute("download", true);
        Anchor pdf = new Anchor(
                DownloadHandler.fromInputStream(e -> {
                    byte[] bytes = exports.summaryPdf(dashboard, getLocale(), LocalDate.now(clock));
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "coopdec-synthese-" + scope + ".pdf",
                            "application/pdf",
                            bytes.length);
                }),
                getTranslation("dashboard.download.pdf"));
        pdf.setId("dashboard-pdf");
        pdf.setTarget(AnchorTarget.BLANK);
        return new HorizontalLayout(csv, pdf);
    }

    private ComboBox<Pays> countryPicker(Dashboard dashboard) {
        ComboBox<Pays> pays = new ComboBox<>(getTranslation("dashboard.field.pays"));
        pays.setId("dashboard-pays");
        pays.setItems(service.countries());
        pays.setItemLabelGenerator(p -> p.getNom(getLocale()));
        pays.setClearButtonVisible(true);
        pays.setHelperText(getTranslation("dashboard.field.pays.help"));
        if (dashboard.scope().paysCode() != null) {
            referential.findPays(dashboard.scope().paysCode()).ifPresent(pays::setValue);
        }
        pays.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != e.getOldValue()) {
                getUI().ifPresent(ui -> ui.navigate(
                        DashboardRoutes.DASHBOARD,
                        e.getValue() == null
                                ? QueryParameters.empty()
                                : QueryParameters.of("pays", e.getValue().getCodeAlpha2())));
            }
        });
        return pays;
    }

    private ComboBox<CollectiviteFrancaise> authorityPicker() {
        ComboBox<CollectiviteFrancaise> authority = new ComboBox<>(getTranslation("dashboard.field.collectivite"));
        authority.setId("dashboard-collectivite");
        authority.setWidth("24em");
        authority.setItems(query -> referential
                .findCollectivitesFrancaises(
                        CollectiviteFrancaiseFilter.text(query.getFilter().orElse(null)),
                        VaadinSpringDataHelpers.toSpringPageRequest(query).withSort(Sort.by("nom")))
                .stream());
        authority.setItemLabelGenerator(c -> c.getLibelle() + " · "
                + getTranslation("referential.collectivite.type." + c.getType().name()));
        authority.setHelperText(getTranslation("dashboard.field.collectivite.help"));
        authority.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                getUI().ifPresent(ui ->
                        ui.navigate(DashboardRoutes.authority(e.getValue().getCleAtlas())));
            }
        });
        return authority;
    }

    private Paragraph serverTime(Dashboard dashboard) {
        Paragraph time = new Paragraph(getTranslation("dashboard.server-time", dashboard.serverMillis()));
        time.addClassName("dashboard-server-time");
        return time;
    }

    private static Anchor link(String href, String text, String id) {
        Anchor anchor = new Anchor(href, text);
        anchor.setId(id);
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("dashboard.title"));
    }
}
