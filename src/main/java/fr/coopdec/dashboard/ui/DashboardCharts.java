package fr.coopdec.dashboard.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import fr.coopdec.atlas.AtlasLinks;
import fr.coopdec.dashboard.Dashboard;
import fr.coopdec.shared.dashboard.YearSeries;
import fr.coopdec.shared.ui.ChartOptions;
import fr.coopdec.shared.ui.ChartPoint;
import fr.coopdec.shared.ui.ChartSection;
import fr.coopdec.shared.ui.ChartTable;
import fr.coopdec.shared.ui.EChart;
import java.util.List;

/**
 * The dashboard's pictures: a world map of active partnerships (a click opens the country's
 * dashboard for DAECT) and one bar chart per yearly series, each with its data table for screen
 * readers and keyboard users.
 */
class DashboardCharts extends Div {

    private final transient Dashboard dashboard;

    DashboardCharts(Dashboard dashboard) {
        this.dashboard = dashboard;
        addClassName("dashboard-charts");
        setWidthFull();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (getChildren().findAny().isPresent()) {
            return;
        }
        add(map());
        dashboard.trends().forEach(series -> add(trend(series)));
    }

    private ChartSection map() {
        String title = getTranslation("dashboard.map.title");
        List<ChartPoint> points = dashboard.map().stream()
                .map(a -> new ChartPoint(a.cle(), a.libelle(getLocale()), a.nombre()))
                .toList();
        EChart chart = new EChart();
        chart.useWorldMap();
        chart.setHeight("420px");
        chart.setOption(ChartOptions.worldMap(getTranslation("dashboard.map.series"), points));
        chart.setAriaLabel(getTranslation("dashboard.chart.aria", title));
        chart.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(AtlasLinks.pays(e.getCode()))));
        ChartTable table = new ChartTable(
                getTranslation("dashboard.chart.caption", title),
                getTranslation("dashboard.map.column"),
                getTranslation("dashboard.map.series"),
                points,
                getLocale(),
                p -> AtlasLinks.pays(p.code()));
        ChartSection section = new ChartSection(title, chart, table);
        section.setId("dashboard-map");
        return section;
    }

    private ChartSection trend(YearSeries series) {
        String title = getTranslation(series.labelKey());
        List<ChartPoint> points = series.values().entrySet().stream()
                .map(e -> new ChartPoint(
                        e.getKey().toString(),
                        e.getKey().toString(),
                        e.getValue().longValue()))
                .toList();
        EChart chart = new EChart();
        chart.setOption(ChartOptions.bar(title, points));
        chart.setAriaLabel(getTranslation("dashboard.chart.aria", title));
        ChartTable table = new ChartTable(
                getTranslation("dashboard.chart.caption", title),
                getTranslation("dashboard.trend.year"),
                title,
                points,
                getLocale(),
                p -> null);
        ChartSection section = new ChartSection(title, chart, table);
        section.setId("trend-" + series.labelKey().replace('.', '-'));
        return section;
    }
}
