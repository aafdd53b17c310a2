package fr.coopdec.appels.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
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
import fr.coopdec.appels.CandidatureDaect;
import fr.coopdec.appels.LigneFinancementDaect;
import fr.coopdec.shared.crossmodule.CategorieDepense;

/** The financing plan: each expense by category and year, its cost and the share asked from DAECT. */
class PlanFinancementEditor extends Composite<VerticalLayout> {

    final Grid<LigneFinancementDaect> grid = new Grid<>(LigneFinancementDaect.class, false);
    final Select<CategorieDepense> categorie = new Select<>();
    final IntegerField annee = new IntegerField();
    final TextField depense = new TextField();
    final BigDecimalField cout = new BigDecimalField();
    final BigDecimalField partDaect = new BigDecimalField();
    final Button ajouter = new Button();
    final Paragraph total = new Paragraph();
    private final HorizontalLayout saisie;
    private CandidatureDaect candidature;
    private boolean editable;

    PlanFinancementEditor() {
        grid.addColumn(l ->
                        getTranslation("depense.categorie." + l.getCategorie().name()))
                .setHeader(getTranslation("appels.plan.categorie"));
        grid.addColumn(LigneFinancementDaect::getAnnee).setHeader(getTranslation("appels.plan.annee"));
        grid.addColumn(LigneFinancementDaect::getDepense)
                .setHeader(getTranslation("appels.plan.depense"))
                .setFlexGrow(2);
        grid.addColumn(l -> AppelsFormat.euros(l.getCout(), getLocale())).setHeader(getTranslation("appels.plan.cout"));
        grid.addColumn(l -> AppelsFormat.euros(l.getPartDaect(), getLocale()))
                .setHeader(getTranslation("appels.plan.part-daect"))
                .setKey("part");
        grid.addComponentColumn(this::retirer).setKey("retirer").setFlexGrow(0).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        categorie.setLabel(getTranslation("appels.plan.categorie"));
        categorie.setItems(CategorieDepense.values());
        categorie.setItemLabelGenerator(c -> c == null ? "" : getTranslation("depense.categorie." + c.name()));
        annee.setLabel(getTranslation("appels.plan.annee"));
        depense.setLabel(getTranslation("appels.plan.depense"));
        cout.setLabel(getTranslation("appels.plan.cout"));
        partDaect.setLabel(getTranslation("appels.plan.part-daect"));
        ajouter.setText(getTranslation("appels.plan.ajouter"));
        ajouter.addClickListener(e -> ajouter());
        saisie = new HorizontalLayout(categorie, annee, depense, cout, partDaect, ajouter);
        saisie.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        saisie.setWrap(true);
        total.getElement().setAttribute("aria-live", "polite");
        getContent().setPadding(false);
        getContent().add(new H2(getTranslation("appels.plan.titre")), grid, total, saisie);
    }

    void show(CandidatureDaect candidature, boolean editable) {
        this.candidature = candidature;
        this.editable = editable;
        saisie.setVisible(editable);
        grid.getColumnByKey("retirer").setVisible(editable);
        if (annee.getValue() == null) {
            annee.setValue(candidature.getAppel().getAnneeDebut());
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(candidature.getLignes());
        total.setText(getTranslation(
                "appels.plan.total",
                AppelsFormat.euros(candidature.totalCout(), getLocale()),
                AppelsFormat.euros(candidature.totalDaect(), getLocale())));
    }

    private Button retirer(LigneFinancementDaect ligne) {
        Button button = new Button(getTranslation("appels.plan.retirer"), e -> {
            candidature.removeLigne(ligne);
            refresh();
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(getTranslation("appels.plan.retirer.aria", ligne.getDepense()));
        return button;
    }

    private void ajouter() {
        boolean ok = requis(categorie.getValue() == null, categorie)
                & requis(annee.getValue() == null, annee)
                & requis(depense.getValue().isBlank(), depense)
                & requis(cout.getValue() == null || cout.getValue().signum() <= 0, cout)
                & requis(partDaect.getValue() == null || partDaect.getValue().signum() < 0, partDaect);
        if (!ok || !editable) {
            return;
        }
        candidature.addLigne(new LigneFinancementDaect(
                categorie.getValue(),
                annee.getValue(),
                depense.getValue().trim(),
                cout.getValue(),
                partDaect.getValue()));
        depense.clear();
        cout.clear();
        partDaect.clear();
        refresh();
    }

    private boolean requis(boolean manquant, HasValidation field) {
        field.setInvalid(manquant);
        field.setErrorMessage(manquant ? getTranslation("appels.champ.requis") : null);
        return !manquant;
    }
}
