package fr.coopdec.appels.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import fr.coopdec.appels.AppelResume;
import fr.coopdec.appels.CandidatureDaect;
import fr.coopdec.appels.DecisionDaectService;
import fr.coopdec.appels.StatutCandidatureDaect;
import fr.coopdec.shared.ui.ErrorNotifier;
import java.util.function.Consumer;

/**
 * DAECT's side of an application: the call's envelope, the instruction opinion, then the decision.
 * Each action sends the version of the application shown, so a change made meanwhile by someone else
 * is refused with who and when instead of being overwritten.
 */
class DecisionPanel extends Composite<VerticalLayout> {

    final Paragraph enveloppe = new Paragraph();
    final TextArea avis = new TextArea();
    final Button instruire = new Button();
    final BigDecimalField montant = new BigDecimalField();
    final TextArea motif = new TextArea();
    final Button accorder = new Button();
    final Button refuser = new Button();
    private final transient DecisionDaectService decisions;
    private final transient Consumer<CandidatureDaect> done;
    private CandidatureDaect candidature;

    DecisionPanel(DecisionDaectService decisions, Consumer<CandidatureDaect> done) {
        this.decisions = decisions;
        this.done = done;
        enveloppe.setId("appels-enveloppe");
        avis.setLabel(getTranslation("appels.instruction.avis"));
        avis.setWidthFull();
        instruire.addClickListener(
                e -> run(() -> decisions.instruire(candidature.getId(), candidature.getVersion(), avis.getValue())));
        montant.setLabel(getTranslation("appels.decision.montant"));
        motif.setLabel(getTranslation("appels.decision.motif"));
        motif.setWidthFull();
        accorder.setText(getTranslation("appels.decision.accorder"));
        accorder.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        accorder.addClickListener(e -> run(() -> decisions.accorder(
                candidature.getId(), candidature.getVersion(), montant.getValue(), motif.getValue())));
        refuser.setText(getTranslation("appels.decision.refuser"));
        refuser.addThemeVariants(ButtonVariant.LUMO_ERROR);
        refuser.addClickListener(
                e -> run(() -> decisions.refuser(candidature.getId(), candidature.getVersion(), motif.getValue())));
        getContent().setPadding(false);
    }

    void show(CandidatureDaect candidature, AppelResume appel) {
        this.candidature = candidature;
        getContent().removeAll();
        enveloppe.setText(getTranslation(
                "appels.decision.enveloppe",
                AppelsFormat.euros(appel.budget(), getLocale()),
                AppelsFormat.euros(appel.engage(), getLocale()),
                AppelsFormat.euros(appel.disponible(), getLocale())));
        getContent().add(new H2(getTranslation("appels.decision.titre")), enveloppe);
        StatutCandidatureDaect statut = candidature.getStatut();
        if (statut == StatutCandidatureDaect.DEPOSEE || statut == StatutCandidatureDaect.EN_INSTRUCTION) {
            avis.setValue(candidature.getAvisInstruction() == null ? "" : candidature.getAvisInstruction());
            instruire.setText(getTranslation(
                    statut == StatutCandidatureDaect.DEPOSEE
                            ? "appels.instruction.ouvrir"
                            : "appels.instruction.enregistrer"));
            getContent().add(avis, instruire);
        }
        if (statut == StatutCandidatureDaect.EN_INSTRUCTION) {
            montant.setValue(candidature.getMontantDemande().min(appel.disponible()));
            getContent().add(montant, motif, new HorizontalLayout(accorder, refuser));
        }
    }

    private void run(java.util.function.Supplier<CandidatureDaect> action) {
        ErrorNotifier.attempt(() -> {
            CandidatureDaect saved = action.get();
            ErrorNotifier.showSuccess(getTranslation(
                    "appels.statut.enregistre." + saved.getStatut().name()));
            motif.clear();
            done.accept(saved);
        });
    }
}
