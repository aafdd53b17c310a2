package fr.coopdec.ficol.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.coopdec.ficol.FicolDossier;
import fr.coopdec.ficol.LignePlan;
import fr.coopdec.ficol.SourcePlan;
import fr.coopdec.shared.crossmodule.CategorieDepense;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

/** The financing plan: lines by source and year, their total against the budget. */
class PlanEditor extends Composite<VerticalLayout> {

    final Grid<LignePlan> grid = new Grid<>(LignePlan.class, false);
    final Select<SourcePlan> source = new Select<>();
    final TextField financeur = new TextField();
    final IntegerField annee = new IntegerField();
    final TextField depense = new TextField();
    final Select<CategorieDepense> categorie = new Select<>();
    final BigDecimalField montant = new BigDecimalField();
    final Button ajouter = new Button();
    final Paragraph total = new Paragraph();
    private final HorizontalLayout saisie;
    private FicolDossier dossier;
    private boolean editable;

    PlanEditor(Clock clock) {
        grid.addColumn(l -> getTranslation("ficol.source." + l.getSource().name()))
                .setHeader(getTranslation("ficol.plan.source"));
        grid.addColumn(LignePlan::getFinanceur).setHeader(getTranslation("ficol.plan.financeur"));
        grid.addColumn(LignePlan::getAnnee).setHeader(getTranslation("ficol.plan.annee"));
        grid.addColumn(l -> l.getCategorie() == null ? "" : getTranslation("depense.categorie." + l.getCategorie()))
                .setHeader(getTranslation("ficol.plan.categorie"));
        grid.addColumn(LignePlan::getDepense)
                .setHeader(getTranslation("ficol.plan.depense"))
                .setFlexGrow(2);
        grid.addColumn(l -> FicolFormat.euros(l.getMontant(), getLocale()))
                .setKey("montant")
                .setHeader(getTranslation("ficol.plan.montant"));
        grid.addComponentColumn(this::retirer).setKey("retirer").setFlexGrow(0).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        source.setLabel(getTranslation("ficol.plan.source"));
        source.setItems(SourcePlan.values());
        source.setItemLabelGenerator(s -> getTranslation("ficol.source." + s.name()));
        financeur.setLabel(getTranslation("ficol.plan.financeur"));
        annee.setLabel(getTranslation("ficol.plan.annee"));
        annee.setValue(LocalDate.now(clock).getYear() + 1);
        depense.setLabel(getTranslation("ficol.plan.depense"));
        categorie.setLabel(getTranslation("ficol.plan.categorie"));
        categorie.setHelperText(getTranslation("ficol.plan.categorie.aide"));
        categorie.setItems(CategorieDepense.values());
        categorie.setItemLabelGenerator(c -> c == null ? "" : getTranslation("depense.categorie." + c.name()));
        categorie.setEmptySelectionAllowed(true);
        montant.setLabel(getTranslation("ficol.plan.montant"));
        ajouter.setText(getTranslation("ficol.plan.ajouter"));
        ajouter.addClickListener(e -> ajouter());
        saisie = new HorizontalLayout(source, financeur, annee, categorie, depense, montant, ajouter);
        saisie.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        saisie.setWrap(true);
        total.getElement().setAttribute("aria-live", "polite");
        getContent().setPadding(false);
        getContent().add(new H2(getTranslation("ficol.plan.titre")), grid, total, saisie);
    }

    void show(FicolDossier dossier, boolean editable) {
        this.dossier = dossier;
        this.editable = editable;
        saisie.setVisible(editable);
        grid.getColumnByKey("retirer").setVisible(editable);
        refresh();
    }

    void refresh() {
        grid.setItems(dossier.getLignes());
        BigDecimal budget = dossier.getBudgetTotal() == null ? BigDecimal.ZERO : dossier.getBudgetTotal();
        total.setText(getTranslation(
                "ficol.plan.total",
                FicolFormat.euros(dossier.totalPlan(), getLocale()),
                FicolFormat.euros(budget, getLocale())));
    }

    private Button retirer(LignePlan ligne) {
        Button button = new Button(getTranslation("ficol.plan.retirer"), e -> {
            dossier.removeLigne(ligne);
            refresh();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(getTranslation("ficol.plan.retirer.aria", ligne.getDepense()));
        return button;
    }

    private void ajouter() {
        boolean ok = requis(source.getValue() == null, source)
                & requis(annee.getValue() == null, annee)
                & requis(depense.getValue().isBlank(), depense)
                & requis(montant.getValue() == null || montant.getValue().signum() <= 0, montant);
        if (!ok || !editable) {
            return;
        }
        dossier.addLigne(new LignePlan(
                source.getValue(),
                financeur.getValue().isBlank() ? null : financeur.getValue().trim(),
                annee.getValue(),
                categorie.getValue(),
                depense.getValue().trim(),
                montant.getValue()));
        depense.clear();
        categorie.clear();
        montant.clear();
        financeur.clear();
        refresh();
    }

    private boolean requis(boolean manquant, com.vaadin.flow.component.HasValidation field) {
        field.setInvalid(manquant);
        field.setErrorMessage(manquant ? getTranslation("ficol.plan.requis") : null);
        return !manquant;
    }
}
