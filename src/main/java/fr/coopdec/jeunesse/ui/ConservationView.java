package fr.coopdec.jeunesse.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.coopdec.jeunesse.AnonymisationService;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.ErrorNotifier;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;

/** DAECT sets how long volunteers' personal data is kept after their last placement, and can anonymise now. */
@Route(value = JeunesseRoutes.CONSERVATION, layout = MainLayout.class)
@Menu(order = 65, title = "jeunesse.conservation.menu", icon = "vaadin:eraser")
@RolesAllowed(Roles.ADMIN)
public class ConservationView extends VerticalLayout implements HasDynamicTitle {

    final IntegerField duree = new IntegerField();
    final Button enregistrer = new Button();
    final Button anonymiser = new Button();
    final Div status = new Div();
    private final transient AnonymisationService service;

    public ConservationView(AnonymisationService service) {
        this.service = service;
        duree.setLabel(getTranslation("jeunesse.conservation.duree"));
        duree.setHelperText(getTranslation("jeunesse.conservation.duree.help"));
        duree.setMin(1);
        duree.setMax(30);
        duree.setStepButtonsVisible(true);
        duree.setValue(service.dureeConservation());
        enregistrer.setText(getTranslation("common.save"));
        enregistrer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enregistrer.addClickListener(e -> enregistrer());
        anonymiser.setText(getTranslation("jeunesse.conservation.anonymiser"));
        anonymiser.addClickListener(e -> anonymiser());
        status.getElement().setAttribute("role", "status");
        HorizontalLayout row = new HorizontalLayout(duree, enregistrer);
        row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(
                new H1(getTranslation("jeunesse.conservation.title")),
                new Paragraph(getTranslation("jeunesse.conservation.intro")),
                row,
                anonymiser,
                status);
    }

    private void enregistrer() {
        ErrorNotifier.attempt(() -> {
            service.setDureeConservation(duree.getValue() == null ? 0 : duree.getValue());
            ErrorNotifier.showSuccess(getTranslation("common.saved"));
        });
    }

    private void anonymiser() {
        int count = service.anonymiserMaintenant();
        status.setText(getTranslation("jeunesse.conservation.anonymises", count));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("jeunesse.conservation.title"));
    }
}
