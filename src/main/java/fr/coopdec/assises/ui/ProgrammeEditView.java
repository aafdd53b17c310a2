package fr.coopdec.assises.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import fr.coopdec.assises.Conflit;
import fr.coopdec.assises.EvenementService;
import fr.coopdec.assises.Intervenant;
import fr.coopdec.assises.ProgrammeService;
import fr.coopdec.assises.SessionProgramme;
import fr.coopdec.assises.TypeSession;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.ErrorNotifier;
import fr.coopdec.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;

/** The organiser builds the programme; conflicts (a room booked twice, a speaker in two places) are explained. */
@Route(value = "assises/gestion/:id([0-9]{1,18})/programme", layout = MainLayout.class)
@RolesAllowed({Roles.ADMIN, Roles.ORGANISATEUR})
public class ProgrammeEditView extends GestionBase {

    final TextField titre = new TextField();
    final Select<TypeSession> type = new Select<>();
    final TextField salle = new TextField();
    final DateTimePicker debut = new DateTimePicker();
    final DateTimePicker fin = new DateTimePicker();
    final IntegerField capacite = new IntegerField();
    final TextArea intervenants = new TextArea();
    final Button ajouter = new Button();
    final Grid<SessionProgramme> grid = new Grid<>(SessionProgramme.class, false);
    final Div conflits = AssisesUi.live(new Div());
    private final transient ProgrammeService programme;

    public ProgrammeEditView(EvenementService evenements, ProgrammeService programme) {
        super(evenements, "assises.programme.titre");
        this.programme = programme;
        titre.setLabel(getTranslation("assises.session.titre"));
        type.setLabel(getTranslation("assises.session.type"));
        type.setItems(TypeSession.values());
        type.setItemLabelGenerator(t -> getTranslation("assises.type." + t));
        type.setValue(TypeSession.ATELIER);
        salle.setLabel(getTranslation("assises.session.salle"));
        debut.setLabel(getTranslation("assises.session.debut"));
        fin.setLabel(getTranslation("assises.session.fin"));
        capacite.setLabel(getTranslation("assises.session.capacite"));
        capacite.setMin(1);
        intervenants.setLabel(getTranslation("assises.session.intervenants"));
        intervenants.setHelperText(getTranslation("assises.session.intervenants.aide"));
        ajouter.setText(getTranslation("assises.programme.ajouter"));
        ajouter.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ajouter.addClickListener(e -> ajouter());
        grid.addColumn(s -> AssisesUi.horaire(s, getLocale()))
                .setHeader(getTranslation("assises.session.horaire"))
                .setAutoWidth(true);
        grid.addColumn(s -> getTranslation("assises.type." + s.getType()))
                .setHeader(getTranslation("assises.session.type"));
        grid.addColumn(SessionProgramme::getTitre)
                .setHeader(getTranslation("assises.session.titre"))
                .setFlexGrow(3);
        grid.addColumn(SessionProgramme::getSalle).setHeader(getTranslation("assises.session.salle"));
        grid.addColumn(AssisesUi::intervenants)
                .setHeader(getTranslation("assises.session.intervenants"))
                .setFlexGrow(2);
        grid.addColumn(s -> s.getPlacesPrises() + " / " + s.getCapacite())
                .setHeader(getTranslation("assises.session.places"));
        grid.addComponentColumn(s -> {
                    Button supprimer = new Button(getTranslation("assises.programme.supprimer"), e -> supprimer(s));
                    supprimer.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                    supprimer.setAriaLabel(getTranslation("assises.programme.supprimer.aria", s.getTitre()));
                    return supprimer;
                })
                .setKey("supprimer")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    @Override
    void construire() {
        debut.setValue(evenement.getDateDebut().atTime(9, 0));
        fin.setValue(evenement.getDateDebut().atTime(10, 30));
        FormLayout form = new FormLayout(titre, type, salle, capacite, debut, fin, intervenants);
        add(
                new H2(getTranslation("assises.programme.conflits")),
                conflits,
                grid,
                new H2(getTranslation("assises.programme.nouvelle")),
                form,
                ajouter);
        rafraichir();
    }

    private void ajouter() {
        ErrorNotifier.attempt(() -> {
            programme.ajouter(
                    evenement.getId(),
                    titre.getValue(),
                    type.getValue(),
                    salle.getValue(),
                    debut.getValue(),
                    fin.getValue(),
                    capacite.getValue() == null ? 0 : capacite.getValue(),
                    intervenants());
            ErrorNotifier.showSuccess(getTranslation("assises.programme.ajoutee", titre.getValue()));
            titre.clear();
            intervenants.clear();
            rafraichir();
        });
    }

    private void supprimer(SessionProgramme s) {
        ErrorNotifier.attempt(() -> {
            programme.supprimer(s.getId());
            rafraichir();
        });
    }

    /** One speaker per line: "Name ; Organisation ; Role" (organisation and role optional). */
    private List<Intervenant> intervenants() {
        return intervenants
                .getValue()
                .lines()
                .filter(l -> !l.isBlank())
                .map(l -> {
                    String[] parts =
                            Arrays.stream(l.split(";", 3)).map(String::trim).toArray(String[]::new);
                    return new Intervenant(
                            parts[0], parts.length > 1 ? parts[1] : null, parts.length > 2 ? parts[2] : null);
                })
                .toList();
    }

    private void rafraichir() {
        grid.setItems(evenements.programme(evenement.getId()));
        conflits.removeAll();
        List<Conflit> liste = programme.conflits(evenement.getId());
        if (liste.isEmpty()) {
            conflits.add(new Paragraph(getTranslation("assises.programme.aucun-conflit")));
        }
        for (Conflit c : liste) {
            Paragraph p = new Paragraph(getTranslation(
                    "assises.conflit." + c.type(),
                    c.detail(),
                    c.premiere().getTitre(),
                    AssisesUi.horaire(c.premiere(), getLocale()),
                    c.seconde().getTitre(),
                    AssisesUi.horaire(c.seconde(), getLocale())));
            p.addClassName("assises-conflit");
            conflits.add(p);
        }
    }
}
