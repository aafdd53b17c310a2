package fr.coopdec.bourse.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
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
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.coopdec.bourse.FicheBourse;
import fr.coopdec.bourse.FiltreFiches;
import fr.coopdec.bourse.ModerationService;
import fr.coopdec.bourse.Origine;
import fr.coopdec.bourse.StatutFiche;
import fr.coopdec.referential.Pays;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.Grids;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import org.springframework.data.domain.PageRequest;

/** DAECT's moderation queue: submitted and in-review sheets by default, oldest first; filters by state, side, country, text. */
@Route(value = BourseRoutes.MODERATION, layout = MainLayout.class)
@Menu(order = 32, title = "bourse.menu.moderation", icon = "vaadin:check-square-o")
@RolesAllowed(Roles.ADMIN)
public class ModerationView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final MultiSelectComboBox<StatutFiche> statuts = new MultiSelectComboBox<>();
    final ComboBox<Origine> origine = new ComboBox<>();
    final ComboBox<Pays> pays = new ComboBox<>();
    final TextField texte = new TextField();
    final Grid<FicheBourse> grid = new Grid<>(FicheBourse.class, false);
    private final Span count = new Span();

    private final transient ReferentialQueries paysLookup;

    public ModerationView(ModerationService moderation, ReferentialQueries referential) {
        this.paysLookup = referential;
        statuts.setLabel(getTranslation("bourse.moderation.statuts"));
        statuts.setItems(StatutFiche.values());
        statuts.setItemLabelGenerator(s -> getTranslation("bourse.enum.StatutFiche." + s.name()));
        statuts.setHelperText(getTranslation("bourse.moderation.statuts.help"));
        origine.setLabel(getTranslation("bourse.catalogue.origine"));
        origine.setItems(Origine.values());
        origine.setItemLabelGenerator(o -> getTranslation("bourse.enum.Origine." + o.name()));
        origine.setClearButtonVisible(true);
        pays.setLabel(getTranslation("bourse.catalogue.pays"));
        pays.setItems(referential.allPays().stream()
                .sorted(Comparator.comparing((Pays p) -> p.getNom(getLocale())))
                .toList());
        pays.setItemLabelGenerator(p -> p.getNom(getLocale()));
        pays.setClearButtonVisible(true);
        texte.setLabel(getTranslation("bourse.catalogue.texte"));
        texte.setValueChangeMode(ValueChangeMode.LAZY);
        DateTimeFormatter date =
                fr.coopdec.shared.ui.Dates.dateTimeFormatter(getLocale()).withZone(ZoneId.of("Europe/Paris"));
        grid.addComponentColumn(f -> new Anchor(BourseRoutes.moderation(f.getId()), f.getNomAffiche()))
                .setHeader(getTranslation("bourse.catalogue.collectivite"))
                .setKey("nom")
                .setFlexGrow(2);
        grid.addColumn(f -> getTranslation(
                        "bourse.enum.StatutFiche." + f.getStatut().name()))
                .setHeader(getTranslation("bourse.moderation.statut"))
                .setKey("statut");
        grid.addColumn(f ->
                        getTranslation("bourse.enum.Origine." + f.getOrigine().name()))
                .setHeader(getTranslation("bourse.catalogue.origine"));
        grid.addColumn(f -> f.getConfirmeeLe() == null ? "" : date.format(f.getConfirmeeLe()))
                .setHeader(getTranslation("bourse.moderation.confirmee"))
                .setSortProperty("confirmeeLe");
        grid.setItems(new CallbackDataProvider<FicheBourse, Void>(
                q -> moderation.file(filtre(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> {
                    long total = moderation.file(filtre(), PageRequest.of(0, 1)).getTotalElements();
                    count.setText(getTranslation("common.results", total));
                    return (int) total;
                },
                FicheBourse::getId));
        statuts.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        origine.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        pays.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        texte.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        count.getElement().setAttribute("aria-live", "polite");
        HorizontalLayout filtres = new HorizontalLayout(statuts, origine, pays, texte);
        filtres.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filtres.setWrap(true);
        add(new H1(getTranslation("bourse.moderation.title")), filtres, count, grid);
        Grids.fillHeight(this, grid);
    }

    FiltreFiches filtre() {
        return new FiltreFiches(
                statuts.getValue(),
                origine.getValue(),
                null,
                texte.getValue(),
                pays.getValue() == null ? null : pays.getValue().getId(),
                null);
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
        return PageTitles.of(getTranslation("bourse.moderation.title"));
    }
}
