package fr.coopdec.shared.ui;

import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.SerializableFunction;

/** Grid settings shared by the lists whose first column names the thing (a title, an authority). */
public final class Grids {

    private Grids() {}

    /**
     * A list page whose grid is the point: the view is at least as tall as the space under the header
     * and the grid takes what the filters above leave, never less than about a screen
     * ({@code .coopdec-fill-grid}: the viewport minus the header), so a long list scrolls inside the grid
     * once the page has scrolled to it instead of showing three rows.
     */
    public static <V extends HasSize & HasStyle> void fillHeight(V view, Grid<?> grid) {
        view.setWidthFull();
        view.setHeight(null);
        view.setMinHeight("100%");
        view.addClassName("coopdec-fill-view");
        grid.setWidthFull();
        grid.setHeight(null);
        grid.addClassName("coopdec-fill-grid");
    }

    /**
     * The key column shows the whole text: cells wrap between words (never cut with an ellipsis),
     * the column keeps a readable minimum width, and a tooltip repeats the text.
     */
    public static <T> Grid.Column<T> readableMainColumn(
            Grid<T> grid, Grid.Column<T> column, SerializableFunction<T, String> text) {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("coopdec-readable-grid");
        column.setTooltipGenerator(text::apply);
        column.setWidth("16em");
        return column;
    }
}
