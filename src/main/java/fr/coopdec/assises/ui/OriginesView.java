package fr.coopdec.assises.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import fr.coopdec.assises.EvenementService;
import fr.coopdec.assises.OrigineService;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.ErrorNotifier;
import fr.coopdec.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The last day's anonymous registrations grouped by client address, the largest first: a flood from
 * one address stands out, and the organiser cancels its registrations in one action.
 */
@Route(value = "assises/gestion/:id([0-9]{1,18})/origines", layout = MainLayout.class)
@RolesAllowed({Roles.ADMIN, Roles.ORGANISATEUR})
public class OriginesView extends GestionBase {

    final Grid<OrigineService.Flot> flots = new Grid<>();
    private final transient OrigineService origines;

    public OriginesView(EvenementService evenements, OrigineService origines) {
        super(evenements, "assises.origines.titre");
        this.origines = origines;
        DateTimeFormatter format =
                fr.coopdec.shared.ui.Dates.dateTimeFormatter(getLocale()).withZone(ZoneId.of("Europe/Paris"));
        flots.addColumn(OrigineService.Flot::adresse)
                .setHeader(getTranslation("assises.origines.adresse"))
                .setKey("adresse");
        flots.addColumn(OrigineService.Flot::inscriptions)
                .setHeader(getTranslation("assises.origines.inscriptions"))
                .setKey("inscriptions");
        flots.addColumn(OrigineService.Flot::actives)
                .setHeader(getTranslation("assises.origines.actives"))
                .setKey("actives");
        flots.addColumn(f -> format.withLocale(getLocale()).format(f.premiere()))
                .setHeader(getTranslation("assises.origines.premiere"));
        flots.addColumn(f -> format.withLocale(getLocale()).format(f.derniere()))
                .setHeader(getTranslation("assises.origines.derniere"));
        flots.addComponentColumn(this::boutonPurger)
                .setHeader(getTranslation("assises.origines.action"))
                .setKey("action");
        flots.setAllRowsVisible(true);
    }

    @Override
    void construire() {
        add(new Paragraph(getTranslation("assises.origines.intro")), flots);
        afficher();
    }

    private void afficher() {
        flots.setItems(origines.recents(evenement.getId()));
    }

    private Button boutonPurger(OrigineService.Flot flot) {
        Button purger = new Button(getTranslation("assises.origines.purger"));
        purger.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        purger.setEnabled(flot.actives() > 0);
        purger.getElement().setAttribute("aria-label", getTranslation("assises.origines.purger.aria", flot.adresse()));
        purger.addClickListener(e -> {
            ConfirmDialog confirmation = new ConfirmDialog(
                    getTranslation("assises.origines.purger"),
                    getTranslation("assises.origines.confirmer", flot.actives(), flot.adresse()),
                    getTranslation("assises.origines.purger"),
                    ok -> purger(flot.adresse()));
            confirmation.setCancelable(true);
            confirmation.setCancelText(getTranslation("common.cancel"));
            confirmation.setConfirmButtonTheme("error primary");
            confirmation.open();
        });
        return purger;
    }

    void purger(String adresse) {
        ErrorNotifier.attempt(() -> {
            int n = origines.purger(evenement.getId(), adresse);
            ErrorNotifier.showSuccess(getTranslation("assises.origines.purgees", n, adresse));
            afficher();
        });
    }
}
