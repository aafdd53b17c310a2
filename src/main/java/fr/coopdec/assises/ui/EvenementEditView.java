package fr.coopdec.assises.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.coopdec.assises.Evenement;
import fr.coopdec.assises.EvenementService;
import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.ErrorNotifier;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;

/** Creates an event (DAECT) or edits one (DAECT or its organisers): place, dates, organisers, objectives, capacity. */
@Route(value = "assises/gestion/evenement/:id?([0-9]{1,18})", layout = MainLayout.class)
@RolesAllowed({Roles.ADMIN, Roles.ORGANISATEUR})
public class EvenementEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TextField titre = new TextField();
    final TextField lieu = new TextField();
    final DatePicker dateDebut = new DatePicker();
    final DatePicker dateFin = new DatePicker();
    final DatePicker ouverture = new DatePicker();
    final DatePicker fermeture = new DatePicker();
    final IntegerField capacite = new IntegerField();
    final TextArea organisateurs = new TextArea();
    final TextArea objectifs = new TextArea();
    final Checkbox approbation = new Checkbox();
    final IntegerField participantsParDemande = new IntegerField();
    final Button enregistrer = new Button();
    final com.vaadin.flow.component.textfield.EmailField organisateur =
            new com.vaadin.flow.component.textfield.EmailField();
    final Button affecter = new Button();
    private final BeanValidationBinder<Evenement> binder = new BeanValidationBinder<>(Evenement.class);
    private final transient EvenementService evenements;
    private final transient fr.coopdec.shared.security.CurrentUser currentUser;
    private Evenement evenement;

    private final Clock clock;

    public EvenementEditView(
            EvenementService evenements, fr.coopdec.shared.security.CurrentUser currentUser, Clock clock) {
        this.clock = clock;
        this.evenements = evenements;
        this.currentUser = currentUser;
        titre.setLabel(getTranslation("assises.evenement.titre"));
        lieu.setLabel(getTranslation("assises.evenement.lieu"));
        dateDebut.setLabel(getTranslation("assises.evenement.debut"));
        dateFin.setLabel(getTranslation("assises.evenement.fin"));
        capacite.setLabel(getTranslation("assises.evenement.capacite"));
        organisateurs.setLabel(getTranslation("assises.evenement.organisateurs.label"));
        objectifs.setLabel(getTranslation("assises.evenement.objectifs"));
        objectifs.setHelperText(getTranslation("assises.evenement.objectifs.aide"));
        approbation.setLabel(getTranslation("assises.evenement.approbation"));
        participantsParDemande.setLabel(getTranslation("assises.evenement.participants-par-demande"));
        participantsParDemande.setHelperText(getTranslation("assises.evenement.participants-par-demande.aide"));
        participantsParDemande.setMin(1);
        participantsParDemande.setMax(Evenement.MAX_PARTICIPANTS_PAR_DEMANDE);
        participantsParDemande.setStepButtonsVisible(true);
        binder.forField(titre).bind("titre");
        binder.forField(lieu).bind("lieu");
        binder.forField(dateDebut).bind("dateDebut");
        binder.forField(dateFin)
                .withValidator(
                        fin -> fin == null || dateDebut.getValue() == null || !fin.isBefore(dateDebut.getValue()),
                        getTranslation("assises.evenement.dates-invalides"))
                .bind("dateFin");
        ouverture.setLabel(getTranslation("assises.evenement.ouverture"));
        fermeture.setLabel(getTranslation("assises.evenement.fermeture"));
        binder.forField(ouverture).bind("inscriptionsOuverture");
        binder.forField(fermeture)
                .withValidator(
                        f -> f == null || ouverture.getValue() == null || f.isAfter(ouverture.getValue()),
                        getTranslation("assises.erreur.fermeture-avant-ouverture"))
                .bind("inscriptionsFermeture");
        binder.forField(capacite)
                .asRequired(getTranslation("assises.validation.requis"))
                .bind("capacite");
        binder.forField(organisateurs).bind("organisateurs");
        binder.forField(objectifs).bind("objectifs");
        binder.forField(approbation).bind("approbationRequise");
        binder.forField(participantsParDemande)
                .asRequired(getTranslation("assises.validation.requis"))
                .withValidator(
                        n -> n >= 1 && n <= Evenement.MAX_PARTICIPANTS_PAR_DEMANDE,
                        getTranslation("assises.validation.participants-par-demande"))
                .bind("maxParticipantsParDemande");
        enregistrer.setText(getTranslation("assises.evenement.enregistrer"));
        enregistrer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enregistrer.addClickListener(e -> enregistrer());
        organisateur.setLabel(getTranslation("assises.evenement.organisateur-email"));
        organisateur.setHelperText(getTranslation("assises.evenement.organisateur-compte.aide"));
        affecter.setText(getTranslation("assises.evenement.affecter"));
        affecter.addClickListener(e -> affecter());
    }

    private void affecter() {
        ErrorNotifier.attempt(() -> {
            evenements.affecterOrganisateur(evenement.getId(), organisateur.getValue());
            ErrorNotifier.showSuccess(getTranslation("assises.evenement.affecte", organisateur.getValue()));
            organisateur.clear();
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            evenement = event.getRouteParameters()
                    .getLong("id")
                    .map(evenements::pourGestion)
                    .orElseGet(() -> new Evenement("", "", LocalDate.now(clock), LocalDate.now(clock), 100));
        } catch (BusinessException e) {
            add(
                    new H1(getTranslation("assises.evenement.edition")),
                    new Paragraph(ErrorNotifier.messageFor(e, getLocale())));
            return;
        }
        binder.readBean(evenement);
        add(
                new H1(getTranslation(evenement.isNew() ? "assises.evenement.nouveau" : "assises.evenement.edition")),
                new FormLayout(
                        titre,
                        lieu,
                        dateDebut,
                        dateFin,
                        ouverture,
                        fermeture,
                        capacite,
                        participantsParDemande,
                        approbation,
                        organisateurs,
                        objectifs),
                enregistrer);
        if (!evenement.isNew() && currentUser.isAdmin()) {
            add(
                    new com.vaadin.flow.component.html.H2(getTranslation("assises.evenement.organisateur-compte")),
                    organisateur,
                    affecter);
        }
    }

    private void enregistrer() {
        if (!binder.writeBeanIfValid(evenement)) {
            return;
        }
        ErrorNotifier.attempt(() -> {
            Evenement saved = evenement.isNew() ? evenements.creer(evenement) : evenements.enregistrer(evenement);
            ErrorNotifier.showSuccess(getTranslation("assises.evenement.enregistre"));
            getUI().ifPresent(ui -> ui.navigate(AssisesUi.gestion(saved.getId(), "programme")));
        });
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("assises.evenement.edition"));
    }
}
