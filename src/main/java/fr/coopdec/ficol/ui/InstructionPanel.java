package fr.coopdec.ficol.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import fr.coopdec.ficol.FicolDossier;
import fr.coopdec.ficol.FicolWorkflowService;
import fr.coopdec.ficol.StatutDossier;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/** AFD's side of a file: eligibility review, notes, committee decision, agreement, tranches, closure. */
class InstructionPanel extends Composite<VerticalLayout> {

    private static final Set<StatutDossier> NOTES =
            EnumSet.range(StatutDossier.ELIGIBILITE, StatutDossier.RAPPORT_FINAL);

    final TextArea note = new TextArea();
    final BigDecimalField montantAccorde = new BigDecimalField();
    final TextArea motif = new TextArea();
    final DatePicker dateSignature = new DatePicker();
    final BigDecimalField montantTranche = new BigDecimalField();
    final DatePicker dateTranche = new DatePicker();
    private final FicolWorkflowService workflow;
    private final Consumer<LongFunction<FicolDossier>> run;
    private final VerticalLayout actions = new VerticalLayout();

    /** {@code run} performs a workflow call on the file, reports errors and reloads the page. */
    InstructionPanel(FicolWorkflowService workflow, Consumer<LongFunction<FicolDossier>> run) {
        this.workflow = workflow;
        this.run = run;
        note.setLabel(getTranslation("ficol.instruction.note"));
        montantAccorde.setLabel(getTranslation("ficol.instruction.montant-accorde"));
        motif.setLabel(getTranslation("ficol.instruction.motif"));
        dateSignature.setLabel(getTranslation("ficol.instruction.date-signature"));
        montantTranche.setLabel(getTranslation("ficol.instruction.montant-tranche"));
        dateTranche.setLabel(getTranslation("ficol.instruction.date-tranche"));
        actions.setPadding(false);
        getContent().setPadding(false);
        getContent().add(new H2(getTranslation("ficol.instruction.titre")), actions);
    }

    void show(FicolDossier d) {
        actions.removeAll();
        switch (d.getStatut()) {
            case DEPOSE -> actions.add(button("ficol.instruction.ouvrir", workflow::ouvrirEligibilite));
            case ELIGIBILITE -> actions.add(button("ficol.instruction.conclure", workflow::conclureEligibilite));
            case INSTRUCTION -> actions.add(button("ficol.instruction.comite", workflow::transmettreComite));
            case COMITE -> {
                montantAccorde.setValue(d.getMontantDemande());
                actions.add(ligne(
                        montantAccorde,
                        button("ficol.instruction.accorder", id -> workflow.accorder(id, montantAccorde.getValue()))));
                actions.add(ligne(
                        motif, button("ficol.instruction.refuser", id -> workflow.refuser(id, motif.getValue()))));
            }
            case ACCORDE ->
                actions.add(ligne(
                        dateSignature,
                        button(
                                "ficol.instruction.signer",
                                id -> workflow.signerConvention(id, dateSignature.getValue()))));
            case CONVENTION_SIGNEE, VERSEMENTS ->
                actions.add(ligne(
                        montantTranche,
                        dateTranche,
                        button(
                                "ficol.instruction.verser",
                                id -> workflow.verserTranche(id, montantTranche.getValue(), dateTranche.getValue()))));
            case RAPPORT_FINAL -> actions.add(button("ficol.instruction.clore", workflow::cloturer));
            default -> {}
        }
        if (NOTES.contains(d.getStatut())) {
            note.clear();
            actions.add(ligne(
                    note, button("ficol.instruction.ajouter-note", id -> workflow.ajouterNote(id, note.getValue()))));
        }
        setVisible(actions.getComponentCount() > 0);
    }

    private Button button(String key, LongFunction<FicolDossier> action) {
        return new Button(getTranslation(key), e -> run.accept(action));
    }

    private static HorizontalLayout ligne(Component... components) {
        HorizontalLayout layout = new HorizontalLayout(components);
        layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return layout;
    }
}
