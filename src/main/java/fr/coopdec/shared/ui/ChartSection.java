package fr.coopdec.shared.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/**
 * A titled chart with its data table in a disclosure underneath, so every dashboard gives the same
 * text alternative the same way. With no data it says so instead of drawing an empty chart. The
 * table is built when the disclosure opens and dropped when it closes, so a session that only looks
 * at the chart does not hold it.
 */
public class ChartSection extends Section {

    private final EChart chart;
    private final ChartTable table;

    public ChartSection(String title, EChart chart, ChartTable table) {
        this.chart = chart;
        this.table = table;
        addClassName("coopdec-chart-section");
        if (table.getPoints().size() > ChartOptions.MANY) {
            // many categories (years, themes, régions): the whole width, so that each is labelled
            addClassName("coopdec-chart-wide");
        }
        H2 heading = new H2(title);
        add(heading);
        if (chart.getAriaLabel() == null) {
            chart.setAriaLabel(title);
        }
        if (table.getPoints().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("chart.empty"));
            empty.addClassName("coopdec-chart-empty");
            add(empty);
            return;
        }
        // The table joins the page when the user opens it, and leaves when they close it.
        Details details = new Details(getTranslation("chart.table.show"));
        details.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                details.add(table);
            } else {
                details.remove(table);
            }
        });
        details.addClassName("coopdec-chart-details");
        add(chart, details);
    }

    public EChart getChart() {
        return chart;
    }

    public ChartTable getTable() {
        return table;
    }
}
