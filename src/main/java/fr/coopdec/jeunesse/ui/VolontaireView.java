package fr.coopdec.jeunesse.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import fr.coopdec.atlas.AtlasQueries;
import fr.coopdec.jeunesse.AppelService;
import fr.coopdec.jeunesse.JeunesseScope;
import fr.coopdec.jeunesse.Mission;
import fr.coopdec.jeunesse.MissionService;
import fr.coopdec.jeunesse.StatutMission;
import fr.coopdec.jeunesse.Volontaire;
import fr.coopdec.jeunesse.VolontaireService;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.shared.security.CurrentUser;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.ErrorNotifier;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A volunteer (or a new one, at {@code .../nouveau}): personal data, placements, adding a placement;
 * for DAECT, the export of everything held on the person and its erasure.
 */
@Route(value = JeunesseRoutes.VOLONTAIRE, layout = MainLayout.class)
@RolesAllowed({Roles.ADMIN, Roles.VOLONTARIAT, Roles.COLLECTIVITE, Roles.POSTE})
public class VolontaireView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final VolontaireForm form;
    final Button save = new Button();
    final Grid<Mission> missions = new Grid<>();
    final Div error = new Div();
    final Div missionSection = new Div();
    final Button ajouter = new Button();
    final Button effacer = new Button();
    final Anchor exporter = new Anchor();
    MissionForm missionForm;
    private final H1 title = new H1();
    private final transient VolontaireService service;
    private final transient MissionService missionService;
    private final transient JeunesseScope scope;
    private final transient CurrentUser currentUser;
    private final transient ReferentialQueries referential;
    private final transient AtlasQueries atlas;
    private final transient AppelService appels;
    private Volontaire volontaire;

    public VolontaireView(
            VolontaireService service,
            MissionService missionService,
            JeunesseScope scope,
            CurrentUser currentUser,
            ReferentialQueries referential,
            AtlasQueries atlas,
            AppelService appels) {
        this.service = service;
        this.missionService = missionService;
        this.scope = scope;
        this.currentUser = currentUser;
        this.referential = referential;
        this.atlas = atlas;
        this.appels = appels;
        form = new VolontaireForm(referential.allPays());
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        error.addClassName("form-error");
        missions.addComponentColumn(
                        m -> new Anchor(JeunesseRoutes.mission(m.getId()), JeunesseFormat.direction(this, m)))
                .setHeader(getTranslation("jeunesse.mission.champ.direction"));
        missions.addColumn(m -> m.getPays().getNom(getLocale()))
                .setHeader(getTranslation("jeunesse.mission.champ.pays"));
        missions.addColumn(Mission::getVille).setHeader(getTranslation("jeunesse.mission.champ.ville"));
        missions.addColumn(m -> JeunesseFormat.date(this, m.getDateDebut()))
                .setHeader(getTranslation("jeunesse.mission.champ.debut"));
        missions.addColumn(m -> JeunesseFormat.date(this, m.getDateFin()))
                .setHeader(getTranslation("jeunesse.mission.champ.fin"));
        missions.addColumn(m -> JeunesseFormat.statut(this, m))
                .setHeader(getTranslation("jeunesse.mission.champ.statut"));
        missions.setAllRowsVisible(true);
        ajouter.setText(getTranslation("jeunesse.volontaire.ajouter-mission"));
        ajouter.addClickListener(e -> ajouterMission());
        effacer.setText(getTranslation("jeunesse.volontaire.effacer"));
        effacer.addThemeVariants(ButtonVariant.LUMO_ERROR);
        effacer.addClickListener(e -> confirmerEffacement());
        exporter.setText(getTranslation("jeunesse.volontaire.exporter"));
        exporter.getElement().setAttribute("download", true);
        add(title, error, form, save, missionSection);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        try {
            if (JeunesseRoutes.NOUVEAU.equals(id) && scope.peutGerer()) {
                volontaire = Volontaire.blank();
            } else {
                volontaire = service.get(Long.parseLong(id));
            }
        } catch (NumberFormatException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        } catch (RuntimeException e) {
            setError(ErrorNotifier.messageFor(e, getLocale()));
            form.setVisible(false);
            save.setVisible(false);
            return;
        }
        show();
    }

    private void show() {
        boolean editable = scope.peutGerer() && !volontaire.isAnonymise();
        title.setText(
                volontaire.isNew()
                        ? getTranslation("jeunesse.volontaire.nouveau")
                        : JeunesseFormat.nom(this, volontaire));
        form.read(volontaire);
        form.setReadOnly(!editable);
        save.setVisible(editable);
        missionSection.removeAll();
        if (volontaire.isNew()) {
            return;
        }
        missions.setItems(service.missions(volontaire.getId()));
        missionSection.add(new H2(getTranslation("jeunesse.volontaire.missions")), missions);
        if (editable) {
            missionForm = new MissionForm(referential, atlas, appels.projets());
            Mission blank = Mission.pour(volontaire);
            blank.setStatut(StatutMission.PREVUE);
            missionForm.read(blank);
            missionSection.add(new H2(getTranslation("jeunesse.volontaire.nouvelle-mission")), missionForm, ajouter);
        }
        if (currentUser.isAdmin()) {
            long id = volontaire.getId();
            exporter.setHref(new StreamResource(
                    "volontaire-" + id + ".json",
                    () -> new ByteArrayInputStream(service.exporter(id).getBytes(StandardCharsets.UTF_8))));
            missionSection.add(
                    new H2(getTranslation("jeunesse.volontaire.droits")),
                    new Paragraph(getTranslation("jeunesse.volontaire.droits.help")),
                    exporter);
            if (!volontaire.isAnonymise()) {
                missionSection.add(effacer);
            }
        }
    }

    private void save() {
        setError("");
        if (!form.writeTo(volontaire)) {
            setError(getTranslation("common.error.form-invalid"));
            return;
        }
        try {
            boolean creation = volontaire.isNew();
            volontaire = service.save(volontaire);
            ErrorNotifier.showSuccess(getTranslation("common.saved"));
            if (creation) {
                getUI().ifPresent(ui -> ui.navigate(JeunesseRoutes.volontaire(volontaire.getId())));
            } else {
                show();
            }
        } catch (RuntimeException e) {
            setError(ErrorNotifier.messageFor(e, getLocale()));
        }
    }

    private void ajouterMission() {
        setError("");
        Mission mission = Mission.pour(volontaire);
        if (!missionForm.writeTo(mission)) {
            setError(getTranslation("common.error.form-invalid"));
            return;
        }
        try {
            missionService.save(mission);
            ErrorNotifier.showSuccess(getTranslation("jeunesse.volontaire.mission-ajoutee"));
            volontaire = service.get(volontaire.getId());
            show();
        } catch (RuntimeException e) {
            setError(ErrorNotifier.messageFor(e, getLocale()));
        }
    }

    private void confirmerEffacement() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("jeunesse.volontaire.effacer.titre"));
        dialog.setText(getTranslation("jeunesse.volontaire.effacer.texte"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("jeunesse.volontaire.effacer"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            service.effacer(volontaire.getId());
            ErrorNotifier.showSuccess(getTranslation("jeunesse.volontaire.efface"));
            volontaire = service.get(volontaire.getId());
            show();
        });
        dialog.open();
    }

    List<Mission> missionsAffichees() {
        return missions.getListDataView().getItems().toList();
    }

    /** The error line is only shown (and announced) when it has something to say. */
    private void setError(String text) {
        error.setText(text);
        error.setVisible(!text.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("jeunesse.volontaire.title"));
    }
}
