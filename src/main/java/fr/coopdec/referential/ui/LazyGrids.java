package fr.coopdec.referential.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Lazy, sortable grids fed page by page by a service, with a live result count. */
final class LazyGrids {

    private LazyGrids() {}

    /**
     * Feeds the grid from {@code finder}; {@code count} shows the number of matching rows. Items are
     * identified by id (entities share one hash code, which would make a grid's key map slow).
     */
    static <T> void bind(
            Grid<T> grid,
            Span count,
            Sort defaultSort,
            Function<Pageable, Page<T>> finder,
            ValueProvider<T, Object> id) {
        grid.setItems(new CallbackDataProvider<T, Void>(
                query -> finder.apply(page(query, defaultSort)).stream(),
                query -> {
                    long total = finder.apply(PageRequest.of(0, 1)).getTotalElements();
                    count.setText(count.getTranslation("common.results", total));
                    return (int) total;
                },
                id));
    }

    static PageRequest page(com.vaadin.flow.data.provider.Query<?, ?> query, Sort defaultSort) {
        PageRequest request = VaadinSpringDataHelpers.toSpringPageRequest(query);
        return request.getSort().isSorted() ? request : request.withSort(defaultSort);
    }

    static TextField searchField(String labelKey, String helperKey, Runnable onChange) {
        TextField search = new TextField();
        search.setLabel(search.getTranslation(labelKey));
        search.setHelperText(search.getTranslation(helperKey));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24em");
        search.addValueChangeListener(e -> onChange.run());
        return search;
    }

    static Span resultCount() {
        Span count = new Span();
        count.addClassName("result-count");
        count.getElement().setAttribute("aria-live", "polite");
        return count;
    }
}
