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

/** The e-mailed link: confirms the sheet once; a second visit says the link was used. */
@Route(value = BourseRoutes.CONFIRMER, layout = MainLayout.class)
@AnonymousAllowed
public class ConfirmerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Paragraph message = new Paragraph();
    private final transient SoumissionService service;
    private final transient LimiteurAnonyme limiteur;

    public ConfirmerView(SoumissionService service, LimiteurAnonyme limiteur) {
        this.service = service;
        this.limiteur = limiteur;
        message.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("bourse.confirmer.title")), message);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        try {
            limiteur.lien(AdresseClient.courante());
            FicheBourse fiche = service.confirmer(token);
            message.setText(getTranslation("bourse.confirmer.ok", fiche.getNomAffiche()));
        } catch (RuntimeException error) {
            message.setText(ErrorNotifier.messageFor(error, getLocale()));
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("bourse.confirmer.title"));
    }
}
