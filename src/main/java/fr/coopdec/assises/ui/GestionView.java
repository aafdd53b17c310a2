package fr.coopdec.assises.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.coopdec.assises.Evenement;
import fr.coopdec.assises.EvenementService;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;

/** The events the organiser manages (all for DAECT), with links to their back-office pages. */
@Route(value = AssisesUi.GESTION, layout = MainLayout.class)
@Menu(order = 71, title = "assises.menu.gestion", icon = "vaadin:clipboard-user")
@RolesAllowed({Roles.ADMIN, Roles.ORGANISATEUR})
public class GestionView extends VerticalLayout implements HasDynamicTitle {

    public GestionView(EvenementService evenements, fr.coopdec.shared.security.CurrentUser currentUser) {
        add(new H1(getTranslation("assises.gestion.titre")));
        if (currentUser.isAdmin()) {
            add(new Anchor("assises/gestion/evenement", getTranslation("assises.evenement.nouveau")));
        }
        var liste = evenements.geres();
        if (liste.isEmpty()) {
            add(new Paragraph(getTranslation("assises.gestion.aucun")));
        }
        for (Evenement e : liste) {
            long id = e.getId();
            Div carte = new Div(
                    new H2(e.getTitre()),
                    new Paragraph(e.getLieu() + " · " + AssisesUi.dates(e, getLocale()) + " · "
                            + getTranslation("assises.places-restantes", e.getPlacesRestantes(), e.getCapacite())),
                    new Anchor("assises/gestion/evenement/" + id, getTranslation("assises.evenement.edition")),
                    new Anchor(AssisesUi.gestion(id, "programme"), getTranslation("assises.programme.titre")),
                    new Anchor(AssisesUi.gestion(id, "participants"), getTranslation("assises.participants.titre")),
                    new Anchor(AssisesUi.gestion(id, "pointage"), getTranslation("assises.pointage.titre")),
                    new Anchor(AssisesUi.gestion(id, "suivi"), getTranslation("assises.suivi.titre")),
                    new Anchor(AssisesUi.evenement(id), getTranslation("assises.gestion.page-publique")));
            carte.addClassName("assises-carte");
            carte.getStyle()
                    .set("display", "flex")
                    .set("flex-wrap", "wrap")
                    .set("gap", "var(--lumo-space-m)")
                    .set("align-items", "baseline");
            carte.getChildren().filter(c -> !(c instanceof Anchor)).forEach(c -> c.getStyle()
                    .set("flex-basis", "100%"));
            add(carte);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("assises.gestion.titre"));
    }
}
