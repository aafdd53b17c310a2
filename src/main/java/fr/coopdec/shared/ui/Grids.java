package fr.coopdec.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.SerializableFunction;

/** Grid settings shared by the lists whose first column names the thing (a title, an authority). */
public final class Grids {

    private Grids() {}

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
