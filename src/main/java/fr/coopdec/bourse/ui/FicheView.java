package fr.coopdec.bourse.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.coopdec.bourse.CatalogueQueries;
import fr.coopdec.bourse.ContactService;
import fr.coopdec.bourse.Correspondance;
import fr.coopdec.bourse.FicheBourse;
import fr.coopdec.bourse.MatchingService;
import fr.coopdec.pact3.Candidature;
import fr.coopdec.pact3.LaureatService;
import fr.coopdec.pact3.Pact3Links;
import fr.coopdec.referential.Thematique;
import fr.coopdec.shared.security.CurrentUser;
import fr.coopdec.shared.ui.ErrorNotifier;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageStatus;
import fr.coopdec.shared.ui.PageTitles;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The public page of a published sheet, at a stable URL ({@code /bourse/fiches/42}), with the
 * complementary sheets ranked and explained, and "express interest" for each of them.
 */
@Route(value = BourseRoutes.FICHE, layout = MainLayout.class)
@AnonymousAllowed
public class FicheView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final UnorderedList correspondances = new UnorderedList();
    Dialog dialog;
    private final transient CatalogueQueries catalogue;
    private final transient MatchingService matching;
    private final transient ContactService contacts;
    private final transient CurrentUser currentUser;
    private final transient LaureatService laureatService;
    private String title = "";

    public FicheView(
            CatalogueQueries catalogue,
            MatchingService matching,
            ContactService contacts,
            CurrentUser currentUser,
            LaureatService laureatService) {
        this.laureatService = laureatService;
        this.catalogue = catalogue;
        this.matching = matching;
        this.contacts = contacts;
        this.currentUser = currentUser;
        setMaxWidth("960px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        FicheBourse fiche = catalogue.publiee(id).orElse(null);
        if (fiche == null) {
            PageStatus.notFound();
            title = getTranslation("bourse.fiche.introuvable.titre");
            add(
                    new H1(title),
                    new Paragraph(getTranslation("bourse.fiche.introuvable")),
                    new Anchor(BourseRoutes.CATALOGUE, getTranslation("bourse.fiche.retour")));
            return;
        }
        title = fiche.getNomAffiche();
        add(new H1(title), FicheDetails.statut(fiche), new FicheDetails(fiche, false));
        if (currentUser.isAdmin()) {
            add(new Anchor(BourseRoutes.moderation(id), getTranslation("bourse.fiche.moderer")));
        }
        List<Correspondance> matches = matching.correspondances(id, getLocale());
        correspondances.removeAll();
        for (Correspondance c : matches) {
            Button interet = new Button(getTranslation("bourse.fiche.interet"), e -> ouvrirInteret(fiche, c.fiche()));
            interet.addThemeVariants(ButtonVariant.LUMO_SMALL);
            interet.setAriaLabel(
                    getTranslation("bourse.fiche.interet.aria", c.fiche().getNomAffiche()));
            correspondances.add(new ListItem(
                    new Anchor(BourseRoutes.fiche(c.fiche().getId()), c.fiche().getNomAffiche()),
                    new Div(getTranslation("bourse.fiche.score", c.score(), c.raisons(getLocale()))),
                    interet));
        }
        Section section = new Section(new H2(getTranslation("bourse.fiche.correspondances")));
        section.add(
                matches.isEmpty()
                        ? new Paragraph(getTranslation("bourse.fiche.aucune-correspondance"))
                        : correspondances);
        add(section, laureats(fiche), new Anchor(BourseRoutes.CATALOGUE, getTranslation("bourse.fiche.retour")));
    }

    /** PACT3 laureates whose know-how covers the sheet's themes: partners DAECT has already labelled. */
    private Section laureats(FicheBourse fiche) {
        Set<String> themes =
                fiche.getToutesThematiques().stream().map(Thematique::getCode).collect(Collectors.toSet());
        List<Candidature> laureats = laureatService.laureatesForThemes(themes);
        Section section = new Section(new H2(getTranslation("bourse.fiche.laureats")));
        section.setId("bourse-fiche-laureats");
        if (laureats.isEmpty()) {
            section.add(new Paragraph(getTranslation("bourse.fiche.aucun-laureat")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        laureats.stream()
                .map(Candidature::getCollectiviteNom)
                .distinct()
                .limit(10)
                .forEach(nom -> list.add(new ListItem(new Anchor(Pact3Links.laureats(), nom))));
        section.add(new Paragraph(getTranslation("bourse.fiche.laureats.aide")), list);
        return section;
    }

    private void ouvrirInteret(FicheBourse fiche, FicheBourse cible) {
        dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("bourse.interet.titre", cible.getNomAffiche()));
        TextField nom = new TextField(getTranslation("bourse.interet.nom"));
        nom.setMaxLength(150);
        nom.setRequiredIndicatorVisible(true);
        EmailField email = new EmailField(getTranslation("bourse.interet.email"));
        email.setMaxLength(254);
        email.setRequiredIndicatorVisible(true);
        TextArea message = new TextArea(getTranslation("bourse.interet.message"));
        message.setMaxLength(4000);
        Button envoyer = new Button(getTranslation("bourse.interet.envoyer"), e -> {
            ErrorNotifier.attempt(() -> {
                contacts.exprimerInteret(
                        fiche.getId(), cible.getId(), nom.getValue(), email.getValue(), message.getValue());
                dialog.close();
                ErrorNotifier.showSuccess(getTranslation("bourse.interet.envoye"));
            });
        });
        envoyer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("bourse.interet.aide")), new VerticalLayout(nom, email, message));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), envoyer);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(title);
    }
}
