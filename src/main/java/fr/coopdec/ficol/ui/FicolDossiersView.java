package fr.coopdec.ficol.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.coopdec.ficol.FicolDossier;
import fr.coopdec.ficol.FicolDossierService;
import fr.coopdec.ficol.FicolFilter;
import fr.coopdec.ficol.StatutDossier;
import fr.coopdec.referential.Pays;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.shared.security.CurrentUser;
import fr.coopdec.shared.security.Role;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.Grids;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The FICOL files the user may see: an authority its own, an embassy post its country's, AFD its
 * pipeline (all, filterable by status), DAECT all. Overdue reports are flagged.
 */
@Route(value = FicolRoutes.DOSSIERS, layout = MainLayout.class)
@Menu(order = 55, title = "ficol.menu", icon = "vaadin:money-deposit")
@RolesAllowed({Roles.ADMIN, Roles.AFD, Roles.POSTE, Roles.COLLECTIVITE})
public class FicolDossiersView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Grid<FicolDossier> grid = new Grid<>(FicolDossier.class, false);
    final Select<StatutDossier> statut = new Select<>();
    final TextField texte = new TextField();
    final ComboBox<Pays> pays = new ComboBox<>();
    private final Span count = new Span();
    private final transient ReferentialQueries referential;

    private final Clock clock;

    public FicolDossiersView(
            FicolDossierService service, CurrentUser currentUser, ReferentialQueries referential, Clock clock) {
        this.clock = clock;
        this.referential = referential;
        pays.setLabel(getTranslation("ficol.dossiers.pays"));
        pays.setItems(referential.allPays().stream()
                .sorted(java.util.Comparator.comparing((Pays p) -> p.getNom(getLocale())))
                .toList());
        pays.setItemLabelGenerator(p -> p.getNom(getLocale()));
        pays.setClearButtonVisible(true);
        statut.setLabel(getTranslation("ficol.liste.statut"));
        statut.setItems(StatutDossier.values());
        statut.setEmptySelectionAllowed(true);
        statut.setEmptySelectionCaption(getTranslation("common.all"));
        statut.setItemLabelGenerator(
                s -> s == null ? getTranslation("common.all") : getTranslation("ficol.statut." + s.name()));
        texte.setLabel(getTranslation("ficol.liste.texte"));
        texte.setValueChangeMode(ValueChangeMode.LAZY);
        HorizontalLayout filtres = new HorizontalLayout(texte, statut, pays);
        filtres.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (currentUser.hasRole(Role.COLLECTIVITE)) {
            Button nouveau = new Button(getTranslation("ficol.liste.nouveau"), e -> getUI().ifPresent(
                            ui -> ui.navigate(FicolRoutes.DOSSIER + "/" + FicolRoutes.NOUVEAU)));
            nouveau.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            filtres.add(nouveau);
        }
        LocalDate today = LocalDate.now(clock);
        grid.addComponentColumn(d -> new Anchor(FicolRoutes.dossier(d.getId()), d.getIntitule()))
                .setHeader(getTranslation("ficol.dossier.intitule"))
                .setSortProperty("intitule")
                .setFlexGrow(3);
        grid.addColumn(d -> d.getChefDeFile().getNom()).setHeader(getTranslation("ficol.dossier.chef-de-file"));
        grid.addColumn(d -> d.getPays().getNom(getLocale())).setHeader(getTranslation("ficol.dossier.pays"));
        grid.addColumn(d -> getTranslation("ficol.statut." + d.getStatut().name()))
                .setKey("statut")
                .setHeader(getTranslation("ficol.liste.statut"))
                .setSortProperty("statut");
        grid.addColumn(d -> FicolFormat.euros(d.getMontantDemande(), getLocale()))
                .setKey("demande")
                .setHeader(getTranslation("ficol.dossier.montant-demande"))
                .setSortProperty("montantDemande");
        grid.addColumn(d -> FicolFormat.euros(d.getMontantAccorde(), getLocale()))
                .setHeader(getTranslation("ficol.dossier.montant-accorde"));
        grid.addColumn(d -> d.isEnRetard(today) ? getTranslation("ficol.liste.en-retard") : "")
                .setKey("retard")
                .setHeader(getTranslation("ficol.liste.retard"));
        grid.setItems(new CallbackDataProvider<FicolDossier, Void>(
                q -> service.find(filter(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> {
                    long total = service.count(filter());
                    count.setText(getTranslation("common.results", total));
                    return (int) total;
                },
                FicolDossier::getId));
        statut.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        texte.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        pays.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        count.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("ficol.liste.titre")), filtres, count, grid);
        Grids.fillHeight(this, grid);
    }

    private FicolFilter filter() {
        return new FicolFilter(
                statut.getValue(),
                texte.getValue(),
                pays.getValue() == null ? null : pays.getValue().getId());
    }

    /** {@code ?pays=BJ}: a country's files, as the DAECT dashboard links to them. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("pays")
                .flatMap(referential::findPays)
                .ifPresent(pays::setValue);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("ficol.liste.titre"));
    }
}
