package fr.coopdec.pact3.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.coopdec.pact3.Appel;
import fr.coopdec.pact3.AppelPact3Service;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.ErrorNotifier;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;

/** DAECT's PACT3 calls: list, creation and editing, the jury of each, and the N of mission countries. */
@Route(value = Pact3Routes.APPELS, layout = MainLayout.class)
@Menu(order = 60, title = "pact3.appels.menu", icon = "vaadin:medal")
@RolesAllowed(Roles.ADMIN)
public class AppelsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Appel> grid = new Grid<>(Appel.class, false);
    final AppelForm form = new AppelForm();
    final Button nouveau = new Button();
    final Button enregistrer = new Button();
    final IntegerField seuil = new IntegerField();
    final Button enregistrerSeuil = new Button();
    private final transient AppelPact3Service service;
    private Appel current;

    private final Clock clock;

    public AppelsView(AppelPact3Service service, Clock clock) {
        this.clock = clock;
        this.service = service;
        grid.addColumn(Appel::getAnnee)
                .setHeader(getTranslation("pact3.appel.annee"))
                .setKey("annee")
                .setAutoWidth(true);
        grid.addColumn(Appel::getIntitule)
                .setHeader(getTranslation("pact3.appel.intitule"))
                .setKey("intitule")
                .setFlexGrow(3);
        grid.addColumn(a -> Pact3Format.date(a.getDateOuverture(), getLocale()) + " – "
                        + Pact3Format.date(a.getDateCloture(), getLocale()))
                .setHeader(getTranslation("pact3.appel.periode"))
                .setKey("periode");
        grid.addColumn(a -> Pact3Format.euros(a.getPlafondMission(), getLocale()))
                .setHeader(getTranslation("pact3.appel.plafond"));
        grid.addComponentColumn(a -> {
                    Button jury = new Button(getTranslation("pact3.appel.jury"), e -> getUI().ifPresent(
                                    ui -> ui.navigate(Pact3Routes.juryAdmin(a.getId()))));
                    jury.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    jury.setAriaLabel(getTranslation("pact3.appel.jury.aria", a.getIntitule()));
                    return jury;
                })
                .setKey("jury")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(q -> service.find(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue() == null ? newAppel() : e.getValue()));
        grid.setHeight("18em");

        nouveau.setText(getTranslation("pact3.appel.nouveau"));
        nouveau.addClickListener(e -> {
            grid.asSingleSelect().clear();
            edit(newAppel());
        });
        enregistrer.setText(getTranslation("common.save"));
        enregistrer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enregistrer.addClickListener(e -> save());

        seuil.setLabel(getTranslation("pact3.seuil.label"));
        seuil.setHelperText(getTranslation("pact3.seuil.aide"));
        seuil.setMin(0);
        seuil.setValue(service.seuilPartenariats());
        enregistrerSeuil.setText(getTranslation("pact3.seuil.enregistrer"));
        enregistrerSeuil.addClickListener(e -> saveSeuil());

        edit(newAppel());
        add(
                new H1(getTranslation("pact3.appels.title")),
                new Paragraph(getTranslation("pact3.appels.intro")),
                grid,
                new H2(getTranslation("pact3.appel.fiche")),
                form,
                new HorizontalLayout(nouveau, enregistrer),
                new H2(getTranslation("pact3.seuil.title")),
                new HorizontalLayout(seuil, enregistrerSeuil));
    }

    private Appel newAppel() {
        return Appel.blank(LocalDate.now(clock).getYear());
    }

    private void edit(Appel appel) {
        current = appel;
        form.binder.readBean(appel);
    }

    private void save() {
        try {
            form.binder.writeBean(current);
            Appel saved = service.save(current);
            ErrorNotifier.showSuccess(getTranslation("pact3.appel.enregistre", saved.getIntitule()));
            grid.getDataProvider().refreshAll();
            edit(saved);
        } catch (ValidationException invalid) {
            ErrorNotifier.show(getTranslation("common.error.form-invalid"));
        } catch (RuntimeException error) {
            ErrorNotifier.show(ErrorNotifier.messageFor(error, getLocale()));
        }
    }

    private void saveSeuil() {
        ErrorNotifier.attempt(() -> {
            service.setSeuilPartenariats(seuil.getValue() == null ? -1 : seuil.getValue());
            ErrorNotifier.showSuccess(getTranslation("pact3.seuil.enregistre", seuil.getValue()));
        });
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("pact3.appels.title"));
    }
}
