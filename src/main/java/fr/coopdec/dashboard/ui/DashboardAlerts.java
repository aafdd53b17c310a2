package fr.coopdec.dashboard.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.coopdec.shared.dashboard.DashboardAlert;
import fr.coopdec.shared.ui.Grids;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** What waits for someone, oldest first, with who should act; each line opens its record. */
class DashboardAlerts extends Section {

    private final transient List<DashboardAlert> alerts;

    DashboardAlerts(List<DashboardAlert> alerts) {
        this.alerts = alerts;
        setId("dashboard-alerts");
        setWidthFull();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (getChildren().findAny().isPresent()) {
            return;
        }
        add(new H2(getTranslation("dashboard.alerts.title")));
        if (alerts.isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.alerts.none")));
            return;
        }
        DateTimeFormatter dates = fr.coopdec.shared.ui.Dates.dateFormatter(getLocale());
        Grid<DashboardAlert> grid = new Grid<>();
        grid.addColumn(a -> getTranslation(a.kindKey()))
                .setHeader(getTranslation("dashboard.alerts.kind"))
                .setAutoWidth(true);
        Grids.readableMainColumn(
                grid,
                grid.addComponentColumn(a -> new Anchor(a.link(), a.subject()))
                        .setHeader(getTranslation("dashboard.alerts.subject"))
                        .setFlexGrow(2),
                DashboardAlert::subject);
        grid.addColumn(DashboardAlert::owner)
                .setHeader(getTranslation("dashboard.alerts.owner"))
                .setFlexGrow(1);
        grid.addColumn(a -> a.since().format(dates))
                .setHeader(getTranslation("dashboard.alerts.since.header"))
                .setAutoWidth(true);
        grid.setId("dashboard-alerts-grid");
        grid.setItems(alerts);
        grid.setAllRowsVisible(alerts.size() <= 10);
        if (alerts.size() > 10) {
            grid.addClassName("coopdec-fill-grid"); // about a screen of alerts, scrolling inside
        }
        grid.getElement().setAttribute("aria-label", getTranslation("dashboard.alerts.title"));
        add(grid);
    }
}
