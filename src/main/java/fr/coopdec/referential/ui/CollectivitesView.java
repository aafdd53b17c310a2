package fr.coopdec.referential.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.CollectiviteFrancaiseFilter;
import fr.coopdec.referential.FrenchAuthoritiesImportService;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.referential.TypeCollectiviteFrancaise;
import fr.coopdec.shared.security.CurrentUser;
import fr.coopdec.shared.ui.Grids;
import fr.coopdec.shared.ui.PageTitles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The French local authorities from Etalab, searchable without accents; the DAECT can re-import them. */
@Route("referentiel/collectivites")
@Menu(order = 81, title = "referential.menu.collectivites", icon = "vaadin:institution")
@AnonymousAllowed
public class CollectivitesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<CollectiviteFrancaise> grid = new Grid<>(CollectiviteFrancaise.class, false);
    private final TextField search;
    private final ComboBox<TypeCollectiviteFrancaise> type = new ComboBox<>();
    private final ComboBox<CollectiviteFrancaise> region = new ComboBox<>();

    public CollectivitesView(
            ReferentialQueries queries, FrenchAuthoritiesImportService importService, CurrentUser currentUser) {
        search = LazyGrids.searchField(
                "referential.collectivites.search", "referential.collectivites.search.help", this::refresh);
        type.setLabel(getTranslation("referential.collectivites.type"));
        type.setItems(TypeCollectiviteFrancaise.values());
        type.setItemLabelGenerator(t -> getTranslation("referential.collectivite.type." + t.name()));
        type.setClearButtonVisible(true);
        type.addValueChangeListener(e -> refresh());
        region.setLabel(getTranslation("referential.collectivites.region"));
        region.setItems(queries.findCollectivitesFrancaises(
                        new CollectiviteFrancaiseFilter(null, TypeCollectiviteFrancaise.REGION, null, null),
                        PageRequest.of(0, 100, Sort.by("nom")))
                .getContent());
        region.setItemLabelGenerator(CollectiviteFrancaise::getNom);
        region.setClearButtonVisible(true);
        region.addValueChangeListener(e -> refresh());

        grid.addColumn(CollectiviteFrancaise::getNom)
                .setHeader(getTranslation("referential.collectivites.nom"))
                .setSortProperty("nom")
                .setFlexGrow(2);
        grid.addColumn(c -> getTranslation(
                        "referential.collectivite.type." + c.getType().name()))
                .setHeader(getTranslation("referential.collectivites.type"))
                .setSortProperty("type");
        grid.addColumn(CollectiviteFrancaise::getCode)
                .setHeader(getTranslation("referential.collectivites.code"))
                .setSortProperty("code")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CollectiviteFrancaise::getDepartementCode)
                .setHeader(getTranslation("referential.collectivites.departement"))
                .setSortProperty("departementCode")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CollectiviteFrancaise::getPopulation)
                .setHeader(getTranslation("referential.collectivites.population"))
                .setSortProperty("population")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CollectiviteFrancaise::getCodesPostaux)
                .setHeader(getTranslation("referential.collectivites.codes-postaux"));
        Span count = LazyGrids.resultCount();
        LazyGrids.bind(
                grid,
                count,
                Sort.by("nom"),
                page -> queries.findCollectivitesFrancaises(filter(), page),
                CollectiviteFrancaise::getId);

        HorizontalLayout filters = new HorizontalLayout(search, type, region);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H1(getTranslation("referential.collectivites.title")));
        if (currentUser.isAdmin()) {
            add(new ImportPanel(importService, this::refresh));
        }
        add(filters, count, grid);
        Grids.fillHeight(this, grid);
    }

    private CollectiviteFrancaiseFilter filter() {
        return new CollectiviteFrancaiseFilter(
                search.getValue(),
                type.getValue(),
                region.getValue() == null ? null : region.getValue().getCode(),
                null);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("referential.collectivites.title"));
    }
}
