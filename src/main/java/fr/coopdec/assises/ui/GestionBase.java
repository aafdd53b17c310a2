package fr.coopdec.assises.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import fr.coopdec.assises.Evenement;
import fr.coopdec.assises.EvenementService;
import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.ui.ErrorNotifier;
import fr.coopdec.shared.ui.PageTitles;

/**
 * A back-office page about one event ({@code :id}): checks that the user manages it (else says so and
 * shows nothing), puts the event's sub-navigation on top, then lets the page build itself.
 */
abstract class GestionBase extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    protected final transient EvenementService evenements;
    protected Evenement evenement;
    private final String titreCle;

    GestionBase(EvenementService evenements, String titreCle) {
        this.evenements = evenements;
        this.titreCle = titreCle;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        removeAll();
        try {
            evenement = evenements.pourGestion(id);
        } catch (BusinessException e) {
            evenement = null;
            add(new H1(getTranslation(titreCle)), new Paragraph(ErrorNotifier.messageFor(e, getLocale())));
            return;
        }
        Nav nav = new Nav(
                new Anchor(AssisesUi.GESTION, getTranslation("assises.gestion.titre")),
                new Anchor(AssisesUi.gestion(id, "programme"), getTranslation("assises.programme.titre")),
                new Anchor(AssisesUi.gestion(id, "participants"), getTranslation("assises.participants.titre")),
                new Anchor(AssisesUi.gestion(id, "pointage"), getTranslation("assises.pointage.titre")),
                new Anchor(AssisesUi.gestion(id, "suivi"), getTranslation("assises.suivi.titre")),
                new Anchor(AssisesUi.gestion(id, "origines"), getTranslation("assises.origines.titre")),
                new Anchor(AssisesUi.evenement(id), getTranslation("assises.gestion.page-publique")));
        nav.addClassName("assises-nav");
        nav.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        nav.getElement().setAttribute("aria-label", getTranslation("assises.gestion.navigation"));
        add(nav, new H1(getTranslation(titreCle) + " — " + evenement.getTitre()));
        construire();
    }

    abstract void construire();

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation(titreCle));
    }
}
