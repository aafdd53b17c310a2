package fr.coopdec.jeunesse.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import fr.coopdec.atlas.AtlasQueries;
import fr.coopdec.jeunesse.AppelService;
import fr.coopdec.jeunesse.Direction;
import fr.coopdec.jeunesse.JeunesseScope;
import fr.coopdec.jeunesse.LettreInvitationService;
import fr.coopdec.jeunesse.Mission;
import fr.coopdec.jeunesse.MissionService;
import fr.coopdec.jeunesse.ReciprociteQueries;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.shared.security.CurrentUser;
import fr.coopdec.shared.security.Role;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.ErrorNotifier;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;

/** A placement: its details, its interruption (with a reason) and, for a hosted volunteer, the visa letter. */
@Route(value = JeunesseRoutes.MISSION, layout = MainLayout.class)
@RolesAllowed({Roles.ADMIN, Roles.VOLONTARIAT, Roles.COLLECTIVITE, Roles.POSTE})
public class MissionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final DescriptionList details = new DescriptionList();
    final Div error = new Div();
    final Div interruption = new Div();
    final DatePicker interrompueLe = new DatePicker();
    final TextArea motif = new TextArea();
    final Button interrompre = new Button();
    final Anchor lettre = new Anchor();
    final Div edition = new Div();
    final Button enregistrer = new Button();
    MissionForm form;
    private final H1 title = new H1();
    private final transient MissionService service;
    private final transient LettreInvitationService lettres;
    private final transient ReciprociteQueries reciprocite;
    private final transient JeunesseScope scope;
    private final transient CurrentUser currentUser;
    private final transient ReferentialQueries referential;
    private final transient AtlasQueries atlas;
    private final transient AppelService appels;
    private Mission mission;

    public MissionView(
            MissionService service,
            LettreInvitationService lettres,
            ReciprociteQueries reciprocite,
            JeunesseScope scope,
            CurrentUser currentUser,
            ReferentialQueries referential,
            AtlasQueries atlas,
            AppelService appels) {
        this.referential = referential;
        this.atlas = atlas;
        this.appels = appels;
        this.service = service;
        this.lettres = lettres;
        this.reciprocite = reciprocite;
        this.scope = scope;
        this.currentUser = currentUser;
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        error.addClassName("form-error");
        interrompueLe.setLabel(getTranslation("jeunesse.mission.interrompue-le"));
        motif.setLabel(getTranslation("jeunesse.mission.champ.motif"));
        motif.setMaxLength(500);
        interrompre.setText(getTranslation("jeunesse.mission.interrompre"));
        interrompre.addClickListener(e -> interrompre());
        lettre.setText(getTranslation("jeunesse.mission.lettre"));
        lettre.getElement().setAttribute("download", true);
        interruption.add(new H2(getTranslation("jeunesse.mission.interruption")), interrompueLe, motif, interrompre);
        enregistrer.setText(getTranslation("common.save"));
        enregistrer.addClickListener(e -> enregistrer());
        add(title, error, details, lettre, interruption, edition);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            mission = service.get(
                    Long.parseLong(event.getRouteParameters().get("id").orElseThrow()));
        } catch (RuntimeException e) {
            setError(ErrorNotifier.messageFor(e, getLocale()));
            details.setVisible(false);
            lettre.setVisible(false);
            interruption.setVisible(false);
            return;
        }
        show();
    }

    private void show() {
        title.setText(getTranslation("jeunesse.mission.title", JeunesseFormat.nom(this, mission.getVolontaire())));
        details.removeAll();
        item("volontaire", JeunesseFormat.nom(this, mission.getVolontaire()));
        item("direction", JeunesseFormat.direction(this, mission));
        item(
                "programme",
                getTranslation("jeunesse.programme." + mission.getProgramme().name()));
        item("envoi", mission.getStructureEnvoi());
        item("accueil", mission.getStructureAccueil());
        item("pays", mission.getPays().getNom(getLocale()));
        item("ville", mission.getVille());
        item("debut", JeunesseFormat.date(this, mission.getDateDebut()));
        item("fin", JeunesseFormat.date(this, mission.getDateFin()));
        item("statut", JeunesseFormat.statut(this, mission));
        if (mission.getMotifInterruption() != null) {
            item("motif", mission.getMotifInterruption());
        }
        if (mission.getPartenariatId() != null) {
            item("partenariat", reciprocite.intitulePartenariat(mission.getPartenariatId()));
        }
        if (mission.getProjet() != null) {
            item("projet", mission.getProjet().getIntitule());
        }
        boolean accueil = mission.getDirection() == Direction.ACCUEIL
                && !mission.getVolontaire().isAnonymise()
                && !currentUser.hasRole(Role.POSTE);
        lettre.setVisible(accueil);
        if (accueil) {
            long id = mission.getId();
            lettre.setHref(new StreamResource(
                    "lettre-invitation-" + id + ".pdf", () -> new ByteArrayInputStream(lettres.pdf(id))));
        }
        interruption.setVisible(scope.peutGerer() && mission.getStatut().interruptible());
        edition.removeAll();
        if (scope.peutGerer() && !mission.getVolontaire().isAnonymise()) {
            form = new MissionForm(referential, atlas, appels.projets());
            form.read(mission);
            edition.add(new H2(getTranslation("jeunesse.mission.modifier")), form, enregistrer);
        }
    }

    private void enregistrer() {
        setError("");
        if (!form.writeTo(mission)) {
            setError(getTranslation("common.error.form-invalid"));
            return;
        }
        try {
            mission = service.save(mission);
            ErrorNotifier.showSuccess(getTranslation("common.saved"));
            mission = service.get(mission.getId());
            show();
        } catch (RuntimeException e) {
            setError(ErrorNotifier.messageFor(e, getLocale()));
        }
    }

    private void item(String key, String value) {
        details.add(
                new DescriptionList.Term(getTranslation("jeunesse.mission.champ." + key)),
                new DescriptionList.Description(value == null ? "" : value));
    }

    private void interrompre() {
        setError("");
        try {
            mission = service.interrompre(mission.getId(), interrompueLe.getValue(), motif.getValue());
            ErrorNotifier.showSuccess(getTranslation("jeunesse.mission.interrompue"));
            mission = service.get(mission.getId());
            show();
        } catch (RuntimeException e) {
            setError(ErrorNotifier.messageFor(e, getLocale()));
        }
    }

    /** The invitation letter as the download link serves it. */
    byte[] lettrePdf() {
        return lettres.pdf(mission.getId());
    }

    /** The error line is only shown (and announced) when it has something to say. */
    private void setError(String text) {
        error.setText(text);
        error.setVisible(!text.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("jeunesse.mission.page-title"));
    }
}
