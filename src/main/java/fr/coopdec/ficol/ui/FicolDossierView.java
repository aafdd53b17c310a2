package fr.coopdec.ficol.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fr.coopdec.ficol.DossierActions;
import fr.coopdec.ficol.EligibiliteException;
import fr.coopdec.ficol.FicolDossier;
import fr.coopdec.ficol.FicolDossierService;
import fr.coopdec.ficol.FicolWorkflowService;
import fr.coopdec.ficol.StatutDossier;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.security.CurrentUser;
import fr.coopdec.shared.security.Role;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.ErrorNotifier;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.function.LongFunction;
import org.springframework.security.access.AccessDeniedException;

/**
 * One FICOL file at {@code ficol/dossier/<id>} ({@code ficol/dossier/nouveau} for a new draft): the
 * application and financing plan (editable by the lead authority while a draft), its eligibility
 * explained, AFD's instruction actions, the tranches and the journal.
 */
@Route(value = FicolRoutes.DOSSIER, layout = MainLayout.class)
@RolesAllowed({Roles.ADMIN, Roles.AFD, Roles.POSTE, Roles.COLLECTIVITE})
public class FicolDossierView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final transient FicolDossierService service;
    private final transient FicolWorkflowService workflow;
    private final transient ReferentialQueries referential;
    private final transient CurrentUser currentUser;
    final H1 titre = new H1();
    final Span statut = new Span();
    final Paragraph motif = new Paragraph();
    DossierForm form;
    final PlanEditor plan;
    final EligibilitePanel eligibilite = new EligibilitePanel();
    final InstructionPanel instruction;
    final TranchesSection tranches;
    final JournalSection journal = new JournalSection();
    final Button enregistrer = new Button();
    final Button deposer = new Button();
    final Button verifier = new Button();
    final Button rapportFinal = new Button();
    private FicolDossier dossier;

    public FicolDossierView(
            FicolDossierService service,
            FicolWorkflowService workflow,
            ReferentialQueries referential,
            CurrentUser currentUser,
            Clock clock) {
        this.plan = new PlanEditor(clock);
        this.tranches = new TranchesSection(clock);
        this.service = service;
        this.workflow = workflow;
        this.referential = referential;
        this.currentUser = currentUser;
        this.instruction = new InstructionPanel(workflow, this::run);
        statut.getElement().getThemeList().add("badge");
        enregistrer.setText(getTranslation("ficol.dossier.enregistrer"));
        enregistrer.addClickListener(e -> enregistrer());
        deposer.setText(getTranslation("ficol.dossier.deposer"));
        deposer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        deposer.addClickListener(e -> deposer());
        verifier.setText(getTranslation("ficol.dossier.verifier"));
        verifier.addClickListener(e -> verifier());
        rapportFinal.setText(getTranslation("ficol.dossier.rapport-final"));
        rapportFinal.addClickListener(e -> run(workflow::deposerRapportFinal));
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        if (FicolRoutes.NOUVEAU.equals(parameter)) {
            if (!currentUser.hasRole(Role.COLLECTIVITE)) {
                event.forwardTo(FicolDossiersView.class);
                return;
            }
            dossier = service.nouveau();
        } else {
            try {
                dossier = service.get(Long.parseLong(parameter));
            } catch (NumberFormatException | BusinessException | AccessDeniedException e) {
                // Out of scope reads as absent: nobody learns which files exist elsewhere.
                event.rerouteToError(NotFoundException.class);
                return;
            }
        }
        form = new DossierForm(service, dossier.getChefDeFile(), referential);
        form.budget.addValueChangeListener(e -> {
            if (service.actions(dossier).editable()) {
                dossier.setBudgetTotal(e.getValue());
                plan.refresh();
            }
        });
        afficher();
    }

    private void afficher() {
        removeAll();
        DossierActions actions = service.actions(dossier);
        boolean editable = actions.editable();
        titre.setText(dossier.isNew() ? getTranslation("ficol.dossier.nouveau") : dossier.getIntitule());
        statut.setText(getTranslation("ficol.statut." + dossier.getStatut().name()));
        motif.setText(dossier.getMotif() == null ? "" : getTranslation("ficol.dossier.motif", dossier.getMotif()));
        motif.setVisible(dossier.getMotif() != null);
        form.read(dossier);
        form.setReadOnly(!editable);
        plan.show(dossier, editable);
        eligibilite.show(service.evaluer(dossier));
        add(titre, statut, motif, form, plan, eligibilite);
        if (editable) {
            add(new HorizontalLayout(enregistrer, verifier, deposer));
        }
        if (!dossier.isNew()) {
            boolean instructeur = actions.instructeur();
            if (instructeur) {
                instruction.show(dossier);
                add(instruction);
            }
            tranches.show(
                    dossier,
                    actions.demandeur(),
                    instructeur,
                    n -> run(id -> workflow.deposerRapportTranche(id, n)),
                    n -> run(id -> workflow.approuverRapportTranche(id, n)));
            add(tranches);
            if (actions.demandeur() && dossier.getStatut() == StatutDossier.VERSEMENTS) {
                add(rapportFinal);
            }
            journal.show(service.journal(dossier.getId()));
            add(journal);
        }
    }

    /** Saves the draft as typed; false (with the reason shown, input kept) when it cannot be saved. */
    private boolean sauver() {
        try {
            form.write(dossier);
            boolean creation = dossier.isNew();
            dossier = service.enregistrer(dossier);
            if (creation) {
                getUI().ifPresent(ui ->
                        ui.getPage().getHistory().replaceState(null, FicolRoutes.dossier(dossier.getId())));
            }
            return true;
        } catch (ValidationException e) {
            ErrorNotifier.show(getTranslation("common.error.form-invalid"));
        } catch (RuntimeException e) {
            ErrorNotifier.show(ErrorNotifier.messageFor(e, getLocale()));
        }
        return false;
    }

    private void enregistrer() {
        if (sauver()) {
            ErrorNotifier.showSuccess(getTranslation("common.saved"));
            afficher();
        }
    }

    private void verifier() {
        try {
            form.write(dossier);
        } catch (ValidationException e) {
            // Partial input is still checked: the explanation helps fill the missing fields.
        }
        eligibilite.show(service.evaluer(dossier));
    }

    /** Saves, then submits: an ineligible file stays a draft and the reasons are shown. */
    private void deposer() {
        if (!sauver()) {
            return;
        }
        try {
            workflow.deposer(dossier.getId());
            dossier = service.get(dossier.getId());
            afficher();
            ErrorNotifier.showSuccess(getTranslation("ficol.dossier.depose"));
        } catch (EligibiliteException e) {
            afficher();
            eligibilite.show(e.getEligibilite());
            ErrorNotifier.show(
                    getTranslation("ficol.depot.refuse", eligibilite.resumeNonConformes(e.getEligibilite())));
        } catch (RuntimeException e) {
            afficher();
            ErrorNotifier.show(ErrorNotifier.messageFor(e, getLocale()));
        }
    }

    private void run(LongFunction<FicolDossier> action) {
        ErrorNotifier.attempt(() -> {
            action.apply(dossier.getId());
            ErrorNotifier.showSuccess(getTranslation("common.saved"));
        });
        dossier = service.get(dossier.getId());
        afficher();
    }

    Long dossierId() {
        return dossier.getId();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(
                dossier == null || dossier.isNew() ? getTranslation("ficol.dossier.nouveau") : dossier.getIntitule());
    }
}
