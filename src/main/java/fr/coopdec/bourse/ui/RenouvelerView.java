package fr.coopdec.bourse.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.coopdec.bourse.FicheBourse;
import fr.coopdec.bourse.SoumissionService;
import fr.coopdec.shared.abuse.AdresseClient;
import fr.coopdec.shared.abuse.LimiteurAnonyme;
import fr.coopdec.shared.ui.ErrorNotifier;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;

/** The link of the expiry reminder: keeps the sheet published 12 more months, once. */
@Route(value = BourseRoutes.RENOUVELER, layout = MainLayout.class)
@AnonymousAllowed
public class RenouvelerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Paragraph message = new Paragraph();
    private final transient SoumissionService service;
    private final transient LimiteurAnonyme limiteur;

    public RenouvelerView(SoumissionService service, LimiteurAnonyme limiteur) {
        this.service = service;
        this.limiteur = limiteur;
        message.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("bourse.renouveler.title")), message);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            limiteur.lien(AdresseClient.courante());
            FicheBourse fiche =
                    service.renouveler(event.getRouteParameters().get("token").orElse(""));
            message.setText(getTranslation(
                    "bourse.renouveler.ok",
                    fiche.getNomAffiche(),
                    fr.coopdec.shared.ui.Dates.date(fiche.getExpireLe(), getLocale())));
        } catch (RuntimeException error) {
            message.setText(ErrorNotifier.messageFor(error, getLocale()));
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("bourse.renouveler.title"));
    }
}
