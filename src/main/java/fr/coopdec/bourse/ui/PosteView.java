package fr.coopdec.bourse.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.coopdec.bourse.FicheBourse;
import fr.coopdec.bourse.NotificationPoste;
import fr.coopdec.bourse.PosteService;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.ErrorNotifier;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;

/** An embassy post's Bourse: its notifications, the sheets that concern its country, and its opinion on them. */
@Route(value = BourseRoutes.POSTE, layout = MainLayout.class)
@Menu(order = 33, title = "bourse.menu.poste", icon = "vaadin:bell")
@RolesAllowed(Roles.POSTE)
public class PosteView extends VerticalLayout implements HasDynamicTitle {

    final Grid<NotificationPoste> notifications = new Grid<>(NotificationPoste.class, false);
    final Grid<FicheBourse> fiches = new Grid<>(FicheBourse.class, false);
    final TextArea avis = new TextArea();
    final Button donnerAvis = new Button();
    final Paragraph nonLues = new Paragraph();
    final Div detail = new Div();
    private final transient PosteService service;

    public PosteView(PosteService service) {
        this.service = service;
        notifications
                .addComponentColumn(n -> new Anchor(
                        BourseRoutes.fiche(n.getFiche().getId()), n.getFiche().getNomAffiche()))
                .setHeader(getTranslation("bourse.poste.fiche"))
                .setKey("fiche")
                .setFlexGrow(2);
        notifications
                .addColumn(n -> getTranslation(n.isLue() ? "bourse.poste.lue" : "bourse.poste.non-lue"))
                .setHeader(getTranslation("bourse.poste.etat"))
                .setKey("etat");
        notifications
                .addComponentColumn(n -> {
                    Button lue = new Button(getTranslation("bourse.poste.marquer-lue"), e -> {
                        service.marquerLue(n.getId());
                        rafraichir();
                    });
                    lue.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    lue.setEnabled(!n.isLue());
                    return lue;
                })
                .setKey("action")
                .setAutoWidth(true);
        notifications.setItems(new CallbackDataProvider<NotificationPoste, Void>(
                q -> service.notifications(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) service.notifications(PageRequest.of(0, 1)).getTotalElements(),
                NotificationPoste::getId));
        notifications.setHeight("260px");
        fiches.addColumn(FicheBourse::getNomAffiche)
                .setHeader(getTranslation("bourse.poste.fiche"))
                .setKey("nom")
                .setFlexGrow(2);
        fiches.addColumn(f -> getTranslation(
                        "bourse.enum.StatutFiche." + f.getStatut().name()))
                .setHeader(getTranslation("bourse.moderation.statut"));
        fiches.addColumn(f -> f.getToutesThematiques().stream()
                        .map(t -> t.getLibelle(getLocale()))
                        .sorted()
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("bourse.catalogue.themes"))
                .setFlexGrow(3);
        fiches.setItems(new CallbackDataProvider<FicheBourse, Void>(
                q -> service.fichesDuPays(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) service.fichesDuPays(PageRequest.of(0, 1)).getTotalElements(),
                FicheBourse::getId));
        fiches.setHeight("320px");
        fiches.asSingleSelect().addValueChangeListener(e -> {
            detail.removeAll();
            if (e.getValue() != null) {
                detail.add(new H2(e.getValue().getNomAffiche()), new FicheDetails(e.getValue(), false));
            }
        });
        avis.setLabel(getTranslation("bourse.poste.avis"));
        avis.setMaxLength(4000);
        avis.setWidthFull();
        donnerAvis.setText(getTranslation("bourse.poste.donner-avis"));
        donnerAvis.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        donnerAvis.addClickListener(e -> donnerAvis());
        nonLues.getElement().setAttribute("aria-live", "polite");
        add(
                new H1(getTranslation("bourse.poste.title")),
                nonLues,
                new H2(getTranslation("bourse.poste.notifications")),
                notifications,
                new H2(getTranslation("bourse.poste.fiches")),
                new Paragraph(getTranslation("bourse.poste.aide")),
                fiches,
                detail,
                avis,
                donnerAvis);
        rafraichir();
    }

    private void donnerAvis() {
        FicheBourse fiche = fiches.asSingleSelect().getValue();
        if (fiche == null) {
            ErrorNotifier.show(getTranslation("bourse.poste.choisir"));
            return;
        }
        ErrorNotifier.attempt(() -> {
            service.donnerAvis(fiche.getId(), avis.getValue());
            avis.clear();
            ErrorNotifier.showSuccess(getTranslation("bourse.poste.avis-enregistre"));
        });
    }

    private void rafraichir() {
        nonLues.setText(getTranslation("bourse.poste.non-lues", service.nonLues()));
        notifications.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("bourse.poste.title"));
    }
}
