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
import fr.coopdec.referential.CollectivitePartenaire;
import fr.coopdec.referential.CollectivitePartenaireFilter;
import fr.coopdec.referential.CollectivitePartenaireService;
import fr.coopdec.referential.NiveauCollectivitePartenaire;
import fr.coopdec.referential.Pays;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.shared.ui.Grids;
import fr.coopdec.shared.ui.PageTitles;
import org.springframework.data.domain.Sort;

/** Foreign local authorities; the DAECT and embassy posts (in their country) add, edit and import them. */
@Route("referentiel/partenaires")
@Menu(order = 82, title = "referential.menu.partenaires", icon = "vaadin:globe-wire")
@AnonymousAllowed
public class PartenairesView extends VerticalLayout implements HasDynamicTitle {

    static final String EDIT_COLUMN = "edit";

    final Grid<CollectivitePartenaire> grid = new Grid<>(CollectivitePartenaire.class, false);
    private final TextField search;
    private final ComboBox<Pays> pays = new ComboBox<>();
    private final ComboBox<NiveauCollectivitePartenaire> niveau = new ComboBox<>();
    private final ReferentialQueries queries;
    private final CollectivitePartenaireService service;

    public PartenairesView(ReferentialQueries queries, CollectivitePartenaireService service) {
        this.queries = queries;
        this.service = service;
        search = LazyGrids.searchField(
                "referential.partenaires.search", "referential.partenaires.search.help", this::refresh);
        pays.setLabel(getTranslation("referential.partenaires.pays"));
        pays.setItems(queries.allPays());
        pays.setItemLabelGenerator(p -> p.getNom(getLocale()));
        pays.setClearButtonVisible(true);
        pays.addValueChangeListener(e -> refresh());
        niveau.setLabel(getTranslation("referential.partenaires.niveau"));
        niveau.setItems(NiveauCollectivitePartenaire.values());
        niveau.setItemLabelGenerator(n -> getTranslation("referential.partenaire.niveau." + n.name()));
        niveau.setClearButtonVisible(true);
        niveau.addValueChangeListener(e -> refresh());

        grid.addColumn(CollectivitePartenaire::getNom)
                .setHeader(getTranslation("referential.partenaires.nom"))
                .setSortProperty("nom")
                .setFlexGrow(2);
        grid.addColumn(c -> c.getPays().getNom(getLocale()))
                .setHeader(getTranslation("referential.partenaires.pays"))
                .setSortProperty("pays.nomFr");
        grid.addColumn(c -> getTranslation(
                        "referential.partenaire.niveau." + c.getNiveau().name()))
                .setHeader(getTranslation("referential.partenaires.niveau"))
                .setSortProperty("niveau");
        grid.addColumn(CollectivitePartenaire::getCodeOfficiel)
                .setHeader(getTranslation("referential.partenaires.code"))
                .setSortProperty("codeOfficiel");
        grid.addColumn(c -> c.getParent() == null ? "" : c.getParent().getNom())
                .setHeader(getTranslation("referential.partenaires.parent"));
        Span count = LazyGrids.resultCount();
        HorizontalLayout filters = new HorizontalLayout(search, pays, niveau);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H1(getTranslation("referential.partenaires.title")));
        if (service.canEdit(null)) {
            grid.addComponentColumn(this::editButton)
                    .setKey(EDIT_COLUMN)
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            Button add = new Button(
                    getTranslation("referential.partenaires.add"),
                    VaadinIcon.PLUS.create(),
                    e -> openForm(CollectivitePartenaire.empty()));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("add-partenaire");
            add(add, new PartenaireCsvUpload(service, this::refresh));
        }
        LazyGrids.bind(
                grid,
                count,
                Sort.by("nom"),
                page -> queries.findCollectivitesPartenaires(
                        new CollectivitePartenaireFilter(
                                search.getValue(),
                                pays.getValue() == null ? null : pays.getValue().getId(),
                                niveau.getValue()),
                        page),
                CollectivitePartenaire::getId);
        add(filters, count, grid);
        Grids.fillHeight(this, grid);
    }

    private Button editButton(CollectivitePartenaire partenaire) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> openForm(service.findForEdit(partenaire.getId())));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("referential.partenaires.edit", partenaire.getNom()));
        edit.setTooltipText(getTranslation("referential.partenaires.edit", partenaire.getNom()));
        edit.setVisible(service.canEdit(partenaire.getPays()));
        return edit;
    }

    private void openForm(CollectivitePartenaire partenaire) {
        new PartenaireForm(partenaire, queries, service, this::refresh).open();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("referential.partenaires.title"));
    }
}
