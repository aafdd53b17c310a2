package fr.coopdec.assises.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.coopdec.assises.EvenementService;
import fr.coopdec.assises.FiltreParticipants;
import fr.coopdec.assises.Inscription;
import fr.coopdec.assises.ParticipantsService;
import fr.coopdec.assises.PresenceService;
import fr.coopdec.assises.StatutInscription;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.ErrorNotifier;
import fr.coopdec.shared.ui.Grids;
import fr.coopdec.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * Check-in at the entrance: scan the badge's QR code into the search field (a scanner types the token and
 * Enter) or search by name; present once per day; undo; counts by category refreshed as people arrive.
 */
@Route(value = "assises/gestion/:id([0-9]{1,18})/pointage", layout = MainLayout.class)
@RolesAllowed({Roles.ADMIN, Roles.ORGANISATEUR})
public class PointageView extends GestionBase {

    static final String ACTION = "action";
    final DatePicker jour = new DatePicker();
    final TextField recherche = new TextField();
    final Button pointerBadge = new Button();
    final Span compteurs = AssisesUi.live(new Span());
    final Grid<Inscription> grid = new Grid<>(Inscription.class, false);
    private final transient ParticipantsService participants;
    private final transient PresenceService presences;

    public PointageView(EvenementService evenements, ParticipantsService participants, PresenceService presences) {
        super(evenements, "assises.pointage.titre");
        this.participants = participants;
        this.presences = presences;
        jour.setLabel(getTranslation("assises.pointage.jour"));
        recherche.setLabel(getTranslation("assises.pointage.recherche"));
        recherche.setHelperText(getTranslation("assises.pointage.recherche.aide"));
        recherche.setValueChangeMode(ValueChangeMode.LAZY);
        recherche.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        pointerBadge.setText(getTranslation("assises.pointage.pointer-badge"));
        pointerBadge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pointerBadge.addClickListener(e -> pointerBadge());
        pointerBadge.addClickShortcut(Key.ENTER);
        grid.addColumn(i -> i.getNom() + " " + i.getPrenom())
                .setHeader(getTranslation("assises.form.nom"))
                .setKey("nom")
                .setFlexGrow(2);
        grid.addColumn(Inscription::getOrganisation)
                .setHeader(getTranslation("assises.form.organisation"))
                .setFlexGrow(2);
        grid.addColumn(i -> getTranslation("assises.categorie." + i.getCategorie()))
                .setHeader(getTranslation("assises.form.categorie"));
        grid.addComponentColumn(this::action).setKey(ACTION).setAutoWidth(true).setFlexGrow(0);
        jour.addValueChangeListener(e -> {
            grid.getDataProvider().refreshAll();
            compter();
        });
        Grids.fillHeight(this, grid);
    }

    @Override
    void construire() {
        LocalDate today = presences.aujourdhui();
        jour.setValue(
                today.isBefore(evenement.getDateDebut()) || today.isAfter(evenement.getDateFin())
                        ? evenement.getDateDebut()
                        : today);
        long id = evenement.getId();
        grid.setItems(new CallbackDataProvider<Inscription, Void>(
                q -> participants.rechercher(id, filtre(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) participants.compter(id, filtre()),
                Inscription::getId));
        HorizontalLayout barre = new HorizontalLayout(jour, recherche, pointerBadge);
        barre.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(barre, compteurs, grid);
        compter();
    }

    private FiltreParticipants filtre() {
        return new FiltreParticipants(recherche.getValue(), null, StatutInscription.CONFIRMEE);
    }

    private Button action(Inscription i) {
        boolean present = presences.estPresent(i.getId(), jour.getValue());
        Button b = new Button(getTranslation(present ? "assises.pointage.annuler" : "assises.pointage.pointer"), e -> {
            ErrorNotifier.attempt(() -> {
                if (present) {
                    presences.annulerPointage(i.getId(), jour.getValue());
                } else {
                    presences.pointer(i.getId(), jour.getValue());
                }
                ErrorNotifier.showSuccess(getTranslation(
                        present ? "assises.pointage.annule" : "assises.pointage.present", i.getNomComplet()));
                grid.getDataProvider().refreshItem(i);
                compter();
            });
        });
        b.addThemeVariants(
                ButtonVariant.LUMO_SMALL, present ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_SUCCESS);
        b.setAriaLabel(b.getText() + " — " + i.getNomComplet());
        return b;
    }

    private void pointerBadge() {
        ErrorNotifier.attempt(() -> {
            Inscription i = presences.pointerParJeton(evenement.getId(), recherche.getValue(), jour.getValue());
            ErrorNotifier.showSuccess(getTranslation("assises.pointage.present", i.getNomComplet()));
            recherche.clear();
            compter();
        });
    }

    private void compter() {
        if (evenement == null || jour.getValue() == null) {
            return;
        }
        var parCategorie = presences.presentsParCategorie(evenement.getId(), jour.getValue());
        long total = parCategorie.values().stream().mapToLong(Long::longValue).sum();
        compteurs.setText(getTranslation(
                "assises.pointage.compteurs",
                total,
                parCategorie.entrySet().stream()
                        .map(e -> getTranslation("assises.categorie." + e.getKey()) + " : " + e.getValue())
                        .collect(Collectors.joining(" · "))));
    }
}
