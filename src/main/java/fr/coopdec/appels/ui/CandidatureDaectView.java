package fr.coopdec.appels.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fr.coopdec.appels.AppelDaect;
import fr.coopdec.appels.AppelsQueries;
import fr.coopdec.appels.AppelsScope;
import fr.coopdec.appels.CandidatureDaect;
import fr.coopdec.appels.CandidatureDaectService;
import fr.coopdec.appels.DecisionDaectService;
import fr.coopdec.appels.StatutCandidatureDaect;
import fr.coopdec.atlas.AtlasLinks;
import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.ErrorNotifier;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

/**
 * One application at {@code appels/candidatures/<id>} ({@code .../nouvelle?appel=3} for a new one): the
 * porteur drafts and submits it; DAECT instructs and decides; the grant links to the Atlas record.
 */
@Route(value = AppelsRoutes.CANDIDATURE, layout = MainLayout.class)
@RolesAllowed({Roles.ADMIN, Roles.COLLECTIVITE, Roles.POSTE})
public class CandidatureDaectView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H1 titre = new H1();
    final Span statut = new Span();
    final Paragraph appel = new Paragraph();
    final Paragraph decision = new Paragraph();
    final Anchor atlas = new Anchor();
    final CandidatureDaectForm form;
    final PlanFinancementEditor plan = new PlanFinancementEditor();
    final DecisionPanel decisionPanel;
    final Button enregistrer = new Button();
    final Button deposer = new Button();
    private final transient CandidatureDaectService service;
    private final transient AppelsQueries queries;
    private final transient AppelsScope scope;
    private CandidatureDaect candidature;

    public CandidatureDaectView(
            CandidatureDaectService service, DecisionDaectService decisions, AppelsQueries queries, AppelsScope scope) {
        this.service = service;
        this.queries = queries;
        this.scope = scope;
        this.form = new CandidatureDaectForm(service);
        this.decisionPanel = new DecisionPanel(decisions, this::show);
        statut.getElement().getThemeList().add("badge");
        decision.setId("appels-decision");
        atlas.setId("appels-atlas");
        enregistrer.setText(getTranslation("appels.candidature.enregistrer"));
        enregistrer.addClickListener(e -> enregistrer());
        deposer.setText(getTranslation("appels.candidature.deposer"));
        deposer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        deposer.addClickListener(e -> deposer());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        try {
            if (AppelsRoutes.NOUVELLE.equals(id)) {
                long appelId = event.getLocation()
                        .getQueryParameters()
                        .getSingleParameter(AppelsRoutes.PARAM_APPEL)
                        .filter(v -> v.matches("[0-9]{1,18}"))
                        .map(Long::parseLong)
                        .orElseThrow(() -> new BusinessException("appels.appel.introuvable"));
                if (!scope.canApply()) {
                    event.forwardTo(CandidaturesDaectView.class);
                    return;
                }
                show(service.nouvelle(appelId));
            } else {
                show(service.get(Long.parseLong(id)));
            }
        } catch (NumberFormatException | AccessDeniedException | BusinessException e) {
            // out of scope reads as absent: nobody learns which applications exist elsewhere
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(CandidatureDaect shown) {
        candidature = shown;
        removeAll();
        boolean editable = candidature.isNew() || scope.canEdit(candidature);
        AppelDaect a = candidature.getAppel();
        titre.setText(candidature.isNew() ? getTranslation("appels.candidature.nouvelle") : candidature.getIntitule());
        statut.setText(getTranslation("appels.statut." + candidature.getStatut().name()));
        appel.setText(getTranslation(
                "appels.candidature.appel-details",
                a.getIntitule(),
                getTranslation("appels.type." + a.getType().name()),
                AppelsFormat.annees(a.getAnneeDebut(), a.getAnneeFin()),
                AppelsFormat.date(a.getDateOuverture(), getLocale()),
                AppelsFormat.date(a.getDateCloture(), getLocale())));
        form.read(candidature, editable);
        plan.show(candidature, editable);
        add(titre, statut, appel);
        if (candidature.getStatut().isDecidee()) {
            decision.setText(
                    candidature.getStatut() == StatutCandidatureDaect.ACCORDEE
                            ? getTranslation(
                                    "appels.candidature.accordee",
                                    AppelsFormat.euros(candidature.getMontantAccorde(), getLocale()),
                                    AppelsFormat.date(candidature.getDateDecision(), getLocale()))
                            : getTranslation(
                                    "appels.candidature.refusee",
                                    AppelsFormat.date(candidature.getDateDecision(), getLocale()),
                                    candidature.getMotifDecision()));
            add(decision);
        }
        if (candidature.getPartenariatId() != null && !editable) {
            atlas.setHref(AtlasLinks.partenariat(candidature.getPartenariatId()));
            atlas.setText(getTranslation("appels.candidature.voir-atlas"));
            add(atlas);
        }
        add(form, plan);
        if (editable) {
            add(new HorizontalLayout(enregistrer, deposer));
            deposer.setEnabled(!candidature.isNew());
        }
        if (!candidature.isNew() && scope.canManage()) {
            decisionPanel.show(candidature, queries.appel(a.getId()));
            add(decisionPanel);
        }
    }

    private boolean sauver() {
        try {
            form.write(candidature);
        } catch (ValidationException e) {
            ErrorNotifier.show(getTranslation("common.error.form-invalid"));
            return false;
        }
        boolean creation = candidature.isNew();
        boolean ok = ErrorNotifier.attempt(() -> candidature = service.enregistrer(candidature));
        if (ok && creation) {
            getUI().ifPresent(ui ->
                    ui.getPage().getHistory().replaceState(null, AppelsRoutes.candidature(candidature.getId())));
        }
        if (ok) {
            // the form and the plan now edit the saved application (its new version)
            show(candidature);
        }
        return ok;
    }

    private void enregistrer() {
        if (sauver()) {
            ErrorNotifier.showSuccess(getTranslation("appels.candidature.enregistree"));
        }
    }

    private void deposer() {
        if (sauver()
                && ErrorNotifier.attempt(
                        () -> candidature = service.deposer(candidature.getId(), candidature.getVersion()))) {
            ErrorNotifier.showSuccess(getTranslation("appels.statut.enregistre.DEPOSEE"));
            show(candidature);
        }
    }

    /** The application shown (null while a new one is not saved). */
    Long candidatureId() {
        return candidature.getId();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(titre.getText());
    }
}
