package fr.coopdec.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The text alternative of a chart (RGAA 1.8: a complex image needs one): an HTML table with a caption
 * and column headers, holding the same numbers. Optional links make the chart's click actions
 * reachable with the keyboard too. Its rows exist only while it is attached ({@link ChartSection}
 * attaches it when the user opens it): a map's table is 200 rows of 4 elements each, which made most
 * of a map page's session (bench/sessions.sh).
 */
public class ChartTable extends NativeTable {

    private final List<ChartPoint> points;
    private final Locale locale;
    private final Function<ChartPoint, String> href;

    /**
     * @param href the link of a row (e.g. the same page filtered on that country), or null for none;
     *             it may return null for a row without a link
     */
    public ChartTable(
            String caption,
            String labelHeader,
            String valueHeader,
            List<ChartPoint> points,
            Locale locale,
            Function<ChartPoint, String> href) {
        this.points = List.copyOf(points);
        this.locale = locale;
        this.href = href;
        addClassName("coopdec-chart-table");
        setCaptionText(caption);
        NativeTableRow head = getHead().addRow();
        head.addHeaderCell().setText(labelHeader);
        head.addHeaderCell().setText(valueHeader);
        head.getHeaderCells().forEach(th -> th.getElement().setAttribute("scope", "col"));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (getBody().getRows().isEmpty()) {
            fillRows();
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        getBody().removeAllRows();
        super.onDetach(detachEvent);
    }

    private void fillRows() {
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        for (ChartPoint point : this.points) {
            NativeTableRow row = getBody().addRow();
            NativeTableHeaderCell label = row.addHeaderCell();
            label.getElement().setAttribute("scope", "row");
            String link = href == null ? null : href.apply(point);
            if (link == null) {
                label.setText(point.label());
            } else {
                label.add(new Anchor(link, point.label()));
            }
            NativeTableCell value = row.addDataCell();
            value.setText(numbers.format(point.value()));
            value.addClassName("coopdec-chart-table-value");
        }
    }

    public List<ChartPoint> getPoints() {
        return points;
    }
}
