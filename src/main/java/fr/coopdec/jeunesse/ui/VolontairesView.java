package fr.coopdec.jeunesse.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.coopdec.jeunesse.JeunesseScope;
import fr.coopdec.jeunesse.Volontaire;
import fr.coopdec.jeunesse.VolontaireService;
import fr.coopdec.shared.AbstractEntity;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.Grids;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The volunteers the user sees (all for France Volontaires; those of its placements for others). */
@Route(value = JeunesseRoutes.VOLONTAIRES, layout = MainLayout.class)
@Menu(order = 60, title = "jeunesse.volontaires.menu", icon = "vaadin:user-heart")
@RolesAllowed({Roles.ADMIN, Roles.VOLONTARIAT, Roles.COLLECTIVITE, Roles.POSTE})
public class VolontairesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Volontaire> grid = new Grid<>();
    final TextField recherche = new TextField();
    final Button nouveau = new Button();
    private final Span count = new Span();

    public VolontairesView(VolontaireService service, JeunesseScope scope) {
        recherche.setLabel(getTranslation("jeunesse.volontaires.recherche"));
        recherche.setHelperText(getTranslation("jeunesse.volontaires.recherche.help"));
        recherche.setClearButtonVisible(true);
        recherche.setValueChangeMode(ValueChangeMode.LAZY);
        recherche.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        nouveau.setText(getTranslation("jeunesse.volontaires.nouveau"));
        nouveau.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        nouveau.setVisible(scope.peutGerer());
        nouveau.addClickListener(
                e -> getUI().ifPresent(ui -> ui.navigate(JeunesseRoutes.volontaire(JeunesseRoutes.NOUVEAU))));
        grid.addComponentColumn(v -> new Anchor(JeunesseRoutes.volontaire(v.getId()), JeunesseFormat.nom(this, v)))
                .setHeader(getTranslation("jeunesse.volontaire.champ.nom"))
                .setSortProperty("nom")
                .setFlexGrow(2);
        grid.addColumn(v -> v.getNationalite() == null ? "" : v.getNationalite().getNom(getLocale()))
                .setHeader(getTranslation("jeunesse.volontaire.champ.nationalite"));
        grid.addColumn(v -> JeunesseFormat.date(this, v.getDateNaissance()))
                .setHeader(getTranslation("jeunesse.volontaire.champ.naissance"));
        grid.addColumn(v -> JeunesseFormat.date(this, v.getConsentementLe()))
                .setHeader(getTranslation("jeunesse.volontaire.champ.consentement"));
        grid.setItems(new CallbackDataProvider<Volontaire, Void>(
                q -> {
                    PageRequest page = VaadinSpringDataHelpers.toSpringPageRequest(q);
                    return service
                            .find(
                                    recherche.getValue(),
                                    page.getSort().isSorted() ? page : page.withSort(Sort.by("nom", "prenom", "id")))
                            .stream();
                },
                q -> {
                    long total = service.find(recherche.getValue(), PageRequest.of(0, 1))
                            .getTotalElements();
                    count.setText(getTranslation("common.results", total));
                    return (int) total;
                },
                AbstractEntity::getId));
        count.getElement().setAttribute("aria-live", "polite");
        HorizontalLayout bar = new HorizontalLayout(recherche, nouveau);
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H1(getTranslation("jeunesse.volontaires.title")), bar, count, grid);
        Grids.fillHeight(this, grid);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("jeunesse.volontaires.title"));
    }
}
