package fr.coopdec.assises.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.coopdec.assises.CategorieParticipant;
import fr.coopdec.assises.DocumentsService;
import fr.coopdec.assises.EvenementService;
import fr.coopdec.assises.FiltreParticipants;
import fr.coopdec.assises.Inscription;
import fr.coopdec.assises.ParticipantsService;
import fr.coopdec.assises.StatutInscription;
import fr.coopdec.shared.mail.MailSortant;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.ErrorNotifier;
import fr.coopdec.shared.ui.Grids;
import fr.coopdec.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** Registrations of one event: lazy grid with filters, approval, cancellation, CSV, badges, certificates. */
@Route(value = "assises/gestion/:id([0-9]{1,18})/participants", layout = MainLayout.class)
@RolesAllowed({Roles.ADMIN, Roles.ORGANISATEUR})
public class ParticipantsView extends GestionBase {

    final TextField texte = new TextField();
    final Select<CategorieParticipant> categorie = new Select<>();
    final Select<StatutInscription> statut = new Select<>();
    final Span total = AssisesUi.live(new Span());
    final Span parCategorie = AssisesUi.live(new Span());
    final Grid<Inscription> grid = new Grid<>(Inscription.class, false);
    /** The event's mails that failed after every retry, each with a resend button; hidden when there is none. */
    final Div courrielsEnEchec = new Div();

    private final transient ParticipantsService participants;
    private final transient DocumentsService documents;

    public ParticipantsView(EvenementService evenements, ParticipantsService participants, DocumentsService documents) {
        super(evenements, "assises.participants.titre");
        this.participants = participants;
        this.documents = documents;
        texte.setLabel(getTranslation("assises.participants.recherche"));
        texte.setValueChangeMode(ValueChangeMode.LAZY);
        categorie.setLabel(getTranslation("assises.form.categorie"));
        categorie.setItems(CategorieParticipant.values());
        categorie.setEmptySelectionAllowed(true);
        categorie.setEmptySelectionCaption(getTranslation("assises.participants.toutes"));
        categorie.setItemLabelGenerator(c ->
                c == null ? getTranslation("assises.participants.toutes") : getTranslation("assises.categorie." + c));
        statut.setLabel(getTranslation("assises.participants.statut"));
        statut.setItems(StatutInscription.values());
        statut.setEmptySelectionAllowed(true);
        statut.setEmptySelectionCaption(getTranslation("assises.participants.tous"));
        statut.setItemLabelGenerator(
                s -> s == null ? getTranslation("assises.participants.tous") : getTranslation("assises.statut." + s));
        grid.addColumn(i -> i.getNom() + " " + i.getPrenom())
                .setHeader(getTranslation("assises.form.nom"))
                .setKey("nom")
                .setSortProperty("nom")
                .setFlexGrow(2);
        grid.addColumn(Inscription::getOrganisation)
                .setHeader(getTranslation("assises.form.organisation"))
                .setSortProperty("organisation")
                .setFlexGrow(2);
        grid.addColumn(i -> getTranslation("assises.categorie." + i.getCategorie()))
                .setHeader(getTranslation("assises.form.categorie"))
                .setSortProperty("categorie");
        grid.addColumn(i -> getTranslation("assises.statut." + i.getStatut()))
                .setHeader(getTranslation("assises.participants.statut"))
                .setKey("statut")
                .setSortProperty("statut");
        grid.addColumn(Inscription::getAccessibilite).setHeader(getTranslation("assises.form.accessibilite"));
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        texte.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        categorie.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        statut.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Grids.fillHeight(this, grid);
    }

    @Override
    void construire() {
        long id = evenement.getId();
        grid.setItems(new CallbackDataProvider<Inscription, Void>(
                q -> participants.rechercher(id, filtre(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> {
                    long n = participants.compter(id, filtre());
                    total.setText(getTranslation("common.results", n));
                    return (int) n;
                },
                Inscription::getId));
        HorizontalLayout filtres = new HorizontalLayout(texte, categorie, statut);
        filtres.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout exports = new HorizontalLayout(
                AssisesUi.telechargement(
                        getTranslation("assises.participants.csv"),
                        "participants-" + id + ".csv",
                        "text/csv",
                        () -> participants.csv(id).getBytes(StandardCharsets.UTF_8)),
                AssisesUi.telechargement(
                        getTranslation("assises.participants.badges"),
                        "badges-" + id + ".pdf",
                        "application/pdf",
                        () -> documents.badges(id)));
        add(exports, courrielsEnEchec, parCategorie, filtres, total, grid);
        compter();
        montrerEchecs();
    }

    private void montrerEchecs() {
        courrielsEnEchec.removeAll();
        List<MailSortant> echecs = participants.courrielsEnEchec(evenement.getId());
        courrielsEnEchec.setVisible(!echecs.isEmpty());
        if (echecs.isEmpty()) {
            return;
        }
        UnorderedList liste = new UnorderedList();
        for (MailSortant m : echecs) {
            Button renvoyer = new Button(getTranslation("assises.courriels.renvoyer"), e -> {
                ErrorNotifier.attempt(() -> {
                    participants.renvoyerCourriel(evenement.getId(), m.getId());
                    ErrorNotifier.showSuccess(getTranslation("assises.courriels.renvoye"));
                });
                montrerEchecs();
            });
            renvoyer.addThemeVariants(ButtonVariant.LUMO_SMALL);
            renvoyer.setAriaLabel(
                    getTranslation("assises.courriels.renvoyer") + " — " + m.getDestinataire() + " — " + m.getSujet());
            liste.add(new ListItem(
                    new Span(m.getDestinataire() + " — " + m.getSujet() + " — " + m.getErreur() + " "), renvoyer));
        }
        courrielsEnEchec.add(
                new H2(getTranslation("assises.courriels.titre")),
                new Paragraph(getTranslation("assises.courriels.intro")),
                liste);
    }

    FiltreParticipants filtre() {
        return new FiltreParticipants(texte.getValue(), categorie.getValue(), statut.getValue());
    }

    private void compter() {
        parCategorie.setText(getTranslation(
                "assises.participants.par-categorie",
                participants.confirmesParCategorie(evenement.getId()).entrySet().stream()
                        .map(e -> getTranslation("assises.categorie." + e.getKey()) + " : " + e.getValue())
                        .collect(Collectors.joining(" · "))));
    }

    private Component actions(Inscription i) {
        HorizontalLayout actions = new HorizontalLayout();
        if (i.getStatut() == StatutInscription.A_VALIDER) {
            actions.add(
                    bouton("assises.participants.approuver", i, () -> participants.approuver(i.getId())),
                    bouton("assises.participants.refuser", i, () -> participants.refuser(i.getId())));
        }
        if (i.getStatut().tientUnePlace() || i.getStatut() == StatutInscription.EN_ATTENTE) {
            actions.add(bouton("assises.participants.annuler", i, () -> participants.annuler(i.getId())));
        }
        if (i.getStatut() == StatutInscription.CONFIRMEE) {
            actions.add(AssisesUi.telechargement(
                    getTranslation("assises.participants.attestation"),
                    "attestation-" + i.getId() + ".pdf",
                    "application/pdf",
                    () -> documents.attestation(i.getId())));
        }
        return actions;
    }

    private Button bouton(String cle, Inscription i, Runnable action) {
        Button b = new Button(getTranslation(cle), e -> {
            ErrorNotifier.attempt(() -> {
                action.run();
                grid.getDataProvider().refreshAll();
                compter();
            });
        });
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        b.setAriaLabel(getTranslation(cle) + " — " + i.getNomComplet());
        return b;
    }
}
