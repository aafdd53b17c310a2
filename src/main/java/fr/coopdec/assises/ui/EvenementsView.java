package fr.coopdec.assises.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.coopdec.assises.Evenement;
import fr.coopdec.assises.EvenementService;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;

/** The public list of events, newest first. */
@Route(value = AssisesUi.LISTE, layout = MainLayout.class)
@Menu(order = 70, title = "assises.menu.evenements", icon = "vaadin:calendar-user")
@AnonymousAllowed
public class EvenementsView extends VerticalLayout implements HasDynamicTitle {

    public EvenementsView(EvenementService evenements) {
        add(
                new H1(getTranslation("assises.evenements.titre")),
                new Paragraph(getTranslation("assises.evenements.intro")));
        for (Evenement e : evenements.publics()) {
            Div carte = new Div(
                    new Anchor(AssisesUi.evenement(e.getId()), e.getTitre()),
                    new Paragraph(e.getLieu() + " · " + AssisesUi.dates(e, getLocale())),
                    new Paragraph(getTranslation("assises.places-restantes", e.getPlacesRestantes(), e.getCapacite())));
            carte.addClassName("assises-carte");
            add(carte);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("assises.evenements.titre"));
    }
}
