package fr.coopdec.referential.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.coopdec.referential.CategorieCad;
import fr.coopdec.referential.Pays;
import fr.coopdec.referential.PaysFilter;
import fr.coopdec.referential.PaysService;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.referential.ZoneMonde;
import fr.coopdec.shared.security.CurrentUser;
import fr.coopdec.shared.ui.Grids;
import fr.coopdec.shared.ui.PageTitles;
import org.springframework.data.domain.Sort;

/** The countries with their world zone and OECD DAC category; open data. The DAECT edits them. */
@Route("referentiel/pays")
@Menu(order = 80, title = "referential.menu.pays", icon = "vaadin:globe")
@AnonymousAllowed
public class PaysView extends VerticalLayout implements HasDynamicTitle {

    static final String EDIT_COLUMN = "edit";

    final Grid<Pays> grid = new Grid<>(Pays.class, false);
    private final TextField search;
    private final ComboBox<ZoneMonde> zone = new ComboBox<>();
    private final ComboBox<CategorieCad> categorie = new ComboBox<>();

    public PaysView(ReferentialQueries queries, PaysService service, CurrentUser currentUser) {
        search = LazyGrids.searchField("referential.pays.search", "referential.pays.search.help", this::refresh);
        zone.setLabel(getTranslation("referential.pays.zone"));
        zone.setItems(ZoneMonde.values());
        zone.setItemLabelGenerator(z -> getTranslation("referential.zone." + z.name()));
        categorie.setLabel(getTranslation("referential.pays.categorie"));
        categorie.setItems(CategorieCad.values());
        categorie.setItemLabelGenerator(c -> getTranslation("referential.cad." + c.name()));
        zone.setClearButtonVisible(true);
        categorie.setClearButtonVisible(true);
        zone.addValueChangeListener(e -> refresh());
        categorie.addValueChangeListener(e -> refresh());

        grid.addColumn(Pays::getCodeAlpha2)
                .setHeader(getTranslation("referential.pays.alpha2"))
                .setSortProperty("codeAlpha2")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(p -> p.getNom(getLocale()))
                .setHeader(getTranslation("referential.pays.nom-fr"))
                .setSortProperty(isEnglish() ? "nomEn" : "nomFr");
        grid.addColumn(p -> getTranslation("referential.zone." + p.getZone().name()))
                .setHeader(getTranslation("referential.pays.zone"))
                .setSortProperty("zone");
        grid.addColumn(p ->
                        getTranslation("referential.cad." + p.getCategorieCad().name()))
                .setHeader(getTranslation("referential.pays.categorie"))
                .setSortProperty("categorieCad");
        if (currentUser.isAdmin()) {
            grid.addComponentColumn(p -> editButton(p, service))
                    .setKey(EDIT_COLUMN)
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        Span count = LazyGrids.resultCount();
        LazyGrids.bind(
                grid,
                count,
                Sort.by(isEnglish() ? "nomEn" : "nomFr"),
                page -> queries.findPays(
                        new PaysFilter(search.getValue(), zone.getValue(), categorie.getValue()), page),
                Pays::getId);

        HorizontalLayout filters = new HorizontalLayout(search, zone, categorie);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H1(getTranslation("referential.pays.title")), filters, count, grid);
        Grids.fillHeight(this, grid);
    }

    private Button editButton(Pays pays, PaysService service) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> new PaysForm(pays, service, this::refresh).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("referential.pays.edit", pays.getNom(getLocale())));
        edit.setTooltipText(getTranslation("referential.pays.edit", pays.getNom(getLocale())));
        edit.addClassName("edit-pays");
        return edit;
    }

    private boolean isEnglish() {
        return "en".equals(getLocale().getLanguage());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("referential.pays.title"));
    }
}
