package fr.coopdec.bourse.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.coopdec.bourse.CatalogueQueries;
import fr.coopdec.bourse.FicheBourse;
import fr.coopdec.bourse.FiltreFiches;
import fr.coopdec.bourse.Origine;
import fr.coopdec.bourse.Sens;
import fr.coopdec.referential.Pays;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.referential.Thematique;
import fr.coopdec.shared.ui.Grids;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import java.util.Comparator;
import java.util.stream.Collectors;

/** The public catalogue of published sheets: search by country, theme, offer or request, French or foreign. */
@Route(value = BourseRoutes.CATALOGUE, layout = MainLayout.class)
@Menu(order = 30, title = "bourse.menu.catalogue", icon = "vaadin:handshake")
@AnonymousAllowed
public class CatalogueView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final TextField texte = new TextField();
    final ComboBox<Pays> pays = new ComboBox<>();
    final ComboBox<Thematique> theme = new ComboBox<>();
    final ComboBox<Sens> sens = new ComboBox<>();
    final ComboBox<Origine> origine = new ComboBox<>();
    final Grid<FicheBourse> grid = new Grid<>(FicheBourse.class, false);
    private final Span count = new Span();

    private final transient ReferentialQueries paysLookup;

    public CatalogueView(CatalogueQueries catalogue, ReferentialQueries referential) {
        this.paysLookup = referential;
        texte.setLabel(getTranslation("bourse.catalogue.texte"));
        texte.setValueChangeMode(ValueChangeMode.LAZY);
        texte.setClearButtonVisible(true);
        pays.setLabel(getTranslation("bourse.catalogue.pays"));
        pays.setItems(referential.allPays().stream()
                .sorted(Comparator.comparing((Pays p) -> p.getNom(getLocale())))
                .toList());
        pays.setItemLabelGenerator(p -> p.getNom(getLocale()));
        pays.setClearButtonVisible(true);
        theme.setLabel(getTranslation("bourse.catalogue.theme"));
        theme.setItems(referential.allThematiques());
        theme.setItemLabelGenerator(t -> t.getLibelle(getLocale()));
        theme.setClearButtonVisible(true);
        sens.setLabel(getTranslation("bourse.catalogue.sens"));
        sens.setItems(Sens.values());
        sens.setItemLabelGenerator(s -> getTranslation("bourse.enum.Sens." + s.name()));
        sens.setClearButtonVisible(true);
        origine.setLabel(getTranslation("bourse.catalogue.origine"));
        origine.setItems(Origine.values());
        origine.setItemLabelGenerator(o -> getTranslation("bourse.enum.Origine." + o.name()));
        origine.setClearButtonVisible(true);

        Grids.readableMainColumn(
                grid,
                grid.addComponentColumn(f -> new Anchor(BourseRoutes.fiche(f.getId()), f.getNomAffiche()))
                        .setHeader(getTranslation("bourse.catalogue.collectivite"))
                        .setKey("nom")
                        .setFlexGrow(1),
                f -> f.getNomAffiche());
        grid.addColumn(f ->
                        getTranslation("bourse.enum.Origine." + f.getOrigine().name()))
                .setHeader(getTranslation("bourse.catalogue.origine"))
                .setKey("origine")
                .setAutoWidth(true);
        grid.addColumn(f -> getTranslation("bourse.enum.Sens." + f.getSens().name()))
                .setHeader(getTranslation("bourse.catalogue.sens"))
                .setKey("sens")
                .setAutoWidth(true);
        grid.addColumn(f -> f.getPays() != null
                        ? f.getPays().getNom(getLocale())
                        : f.getPaysCibles().stream()
                                .map(p -> p.getNom(getLocale()))
                                .sorted()
                                .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("bourse.catalogue.pays-col"))
                .setKey("pays")
                .setFlexGrow(2);
        grid.addColumn(f -> f.getToutesThematiques().stream()
                        .map(t -> t.getLibelle(getLocale()))
                        .sorted()
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("bourse.catalogue.themes"))
                // the longest cell: wide enough that a row rarely needs more than two lines
                .setWidth("22em")
                .setFlexGrow(3);
        grid.setItems(new CallbackDataProvider<FicheBourse, Void>(
                q -> catalogue.find(filtre(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> {
                    long total = catalogue
                            .find(filtre(), org.springframework.data.domain.PageRequest.of(0, 1))
                            .getTotalElements();
                    count.setText(getTranslation("common.results", total));
                    return (int) total;
                },
                FicheBourse::getId));
        texte.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        pays.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        theme.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        sens.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        origine.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        count.getElement().setAttribute("aria-live", "polite");
        HorizontalLayout filtres = new HorizontalLayout(texte, pays, theme, sens, origine);
        filtres.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filtres.setWrap(true);
        add(
                new H1(getTranslation("bourse.catalogue.title")),
                new Paragraph(getTranslation("bourse.catalogue.intro")),
                new Anchor(BourseRoutes.PROPOSER, getTranslation("bourse.catalogue.proposer")),
                filtres,
                count,
                grid);
        Grids.fillHeight(this, grid);
    }

    FiltreFiches filtre() {
        return new FiltreFiches(
                null,
                origine.getValue(),
                sens.getValue(),
                texte.getValue(),
                pays.getValue() == null ? null : pays.getValue().getId(),
                theme.getValue() == null ? null : theme.getValue().getId());
    }

    /** {@code ?pays=BJ}: the sheets of a country or targeting it, as the DAECT dashboard links to them. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("pays")
                .flatMap(paysLookup::findPays)
                .ifPresent(pays::setValue);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("bourse.catalogue.title"));
    }
}
