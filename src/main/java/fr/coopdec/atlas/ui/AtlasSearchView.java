package fr.coopdec.atlas.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.coopdec.atlas.AtlasQueries;
import fr.coopdec.atlas.AtlasScope;
import fr.coopdec.atlas.CsvExportService;
import fr.coopdec.atlas.InvalidFilterParameterException;
import fr.coopdec.atlas.ModeExport;
import fr.coopdec.atlas.PartenariatFilter;
import fr.coopdec.atlas.PartenariatFilterParams;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.shared.ui.Grids;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The public Atlas search. The URL is the truth: entering the page reads the filter from the query
 * string; a change of a field navigates to the new query string (a history entry, so Back works and
 * the address can be shared), which brings us back here with the new filter.
 */
@Route(value = AtlasRoutes.SEARCH, layout = MainLayout.class)
@Menu(order = 10, title = "atlas.search.menu", icon = "vaadin:globe")
@AnonymousAllowed
public class AtlasSearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final AtlasFilterForm form;
    final PartenariatGrid grid;
    /** Shown when the URL holds a parameter that means nothing (a mistyped shared link). */
    final Paragraph invalid = new Paragraph();

    final Anchor chartsLink = new Anchor();
    final Button reset = new Button();
    private final Div exportSlot = new Div();
    private final PartenariatFilterParams params;

    public AtlasSearchView(
            AtlasQueries queries,
            ReferentialQueries referential,
            PartenariatFilterParams params,
            AtlasScope scope,
            CsvExportService exports) {
        this.params = params;
        form = new AtlasFilterForm(referential);
        grid = new PartenariatGrid(queries);
        form.onChange(() -> navigateTo(form.getFilter()));
        invalid.addClassName("atlas-invalid-filter");
        invalid.getElement().setAttribute("role", "alert");
        invalid.setVisible(false);
        reset.setText(getTranslation("atlas.search.reset"));
        reset.setIcon(VaadinIcon.ERASER.create());
        reset.addClickListener(e -> navigateTo(PartenariatFilter.all()));
        chartsLink.setText(getTranslation("atlas.search.charts"));
        chartsLink.setId("atlas-charts-link");
        exportSlot.setId("atlas-export");
        exportSlot.add(
                new CsvExportButton(exports, this::currentFilter, ModeExport.PARTENARIAT),
                new CsvExportButton(exports, this::currentFilter, ModeExport.PROJET));
        HorizontalLayout actions = new HorizontalLayout(reset, chartsLink, exportSlot);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        if (scope.canCreate()) {
            Button create =
                    new Button(getTranslation("atlas.search.new"), VaadinIcon.PLUS.create(), e -> UI.getCurrent()
                            .navigate(AtlasRoutes.PARTENARIAT_NEW));
            create.setId("atlas-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.addComponentAsFirst(create);
        }
        add(new H1(getTranslation("atlas.search.title")), form, actions, invalid, grid.count, grid);
        Grids.fillHeight(this, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PartenariatFilter filter =
                parse(new HashMap<>(event.getLocation().getQueryParameters().getParameters()));
        form.setFilter(filter);
        chartsLink.setHref(AtlasRoutes.CHARTS + queryString(filter));
        grid.show(filter);
    }

    /**
     * Reads the filter; a bad parameter is dropped and named in a French message, the others still
     * apply (a mistyped year should not lose the country the link was about).
     */
    private PartenariatFilter parse(Map<String, List<String>> query) {
        List<String> problems = new ArrayList<>();
        while (true) {
            try {
                PartenariatFilter filter = params.parse(query);
                invalid.setText(String.join(" ", problems));
                invalid.setVisible(!problems.isEmpty());
                return filter;
            } catch (InvalidFilterParameterException e) {
                problems.add(getTranslation("atlas.search.invalid", e.getParameter(), e.getValue()));
                if (query.remove(e.getParameter()) == null) {
                    query.clear();
                }
            }
        }
    }

    private void navigateTo(PartenariatFilter filter) {
        UI.getCurrent().navigate(AtlasRoutes.SEARCH, new QueryParameters(params.format(filter)));
    }

    private String queryString(PartenariatFilter filter) {
        return params.queryString(filter);
    }

    /** Where the lead's CSV export buttons go; they read {@link #currentFilter()}. */
    Div exportSlot() {
        return exportSlot;
    }

    PartenariatFilter currentFilter() {
        return grid.filter();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("atlas.search.title"));
    }
}
