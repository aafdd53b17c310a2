package fr.coopdec.atlas.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import fr.coopdec.atlas.Cofinancement;
import fr.coopdec.atlas.Projet;
import fr.coopdec.atlas.SourceFinancement;
import fr.coopdec.atlas.StatutProjet;
import fr.coopdec.referential.Thematique;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A project of the partnership being edited, with one amount per co-financing source (empty = none).
 * "OK" only changes the project in the form: it is saved with the partnership, in one transaction.
 */
class ProjetForm extends Dialog {

    final TextField titre = new TextField();
    final TextArea description = new TextArea();
    final ComboBox<StatutProjet> statut = new ComboBox<>();
    final DatePicker dateDebut = new DatePicker();
    final DatePicker dateFin = new DatePicker();
    final DatePicker rapportAttendu = new DatePicker();
    final DatePicker rapportRecu = new DatePicker();
    final BigDecimalField budgetTotal = new BigDecimalField();
    final MultiSelectComboBox<Thematique> thematiques = new MultiSelectComboBox<>();
    final Map<SourceFinancement, BigDecimalField> montants = new EnumMap<>(SourceFinancement.class);
    final Button ok = new Button();
    private final BeanValidationBinder<Projet> binder = new BeanValidationBinder<>(Projet.class);

    ProjetForm(Projet projet, boolean creating, List<Thematique> allThematiques, Consumer<Projet> onOk) {
        setHeaderTitle(getTranslation(creating ? "atlas.edit.projet.add" : "atlas.edit.projet.edit"));
        titre.setLabel(getTranslation("atlas.edit.projet.titre"));
        titre.setMaxLength(300);
        description.setLabel(getTranslation("atlas.edit.projet.description"));
        statut.setLabel(getTranslation("atlas.edit.projet.statut"));
        statut.setItems(StatutProjet.values());
        statut.setItemLabelGenerator(s -> getTranslation("atlas.projet.statut." + s.name()));
        dateDebut.setLabel(getTranslation("atlas.edit.projet.date-debut"));
        dateFin.setLabel(getTranslation("atlas.edit.projet.date-fin"));
        rapportAttendu.setLabel(getTranslation("atlas.edit.projet.rapport-attendu"));
        rapportAttendu.setHelperText(getTranslation("atlas.edit.projet.rapport-attendu.help"));
        rapportRecu.setLabel(getTranslation("atlas.edit.projet.rapport-recu"));
        budgetTotal.setLabel(getTranslation("atlas.edit.projet.budget"));
        thematiques.setLabel(getTranslation("atlas.edit.projet.thematiques"));
        thematiques.setItems(allThematiques);
        thematiques.setItemLabelGenerator(t -> t.getLibelle(getLocale()));

        binder.forField(titre)
                .asRequired(getTranslation("atlas.edit.projet.titre.required"))
                .bind("titre");
        binder.forField(description).withNullRepresentation("").bind("description");
        binder.forField(statut)
                .asRequired(getTranslation("atlas.edit.projet.statut.required"))
                .bind("statut");
        binder.forField(dateDebut).bind("dateDebut");
        binder.forField(dateFin).bind("dateFin");
        binder.forField(rapportAttendu).bind("rapportFinalAttenduLe");
        binder.forField(rapportRecu).bind("rapportFinalRecuLe");
        binder.forField(budgetTotal)
                .withValidator(ProjetForm::positiveOrEmpty, getTranslation("atlas.edit.montant.negatif"))
                .bind("budgetTotal");
        binder.forField(thematiques).bind("thematiques");
        FormLayout cofinancements = new FormLayout();
        for (SourceFinancement source : SourceFinancement.values()) {
            BigDecimalField montant = new BigDecimalField(getTranslation("atlas.financement." + source.name()));
            montant.setId("montant-" + source.name());
            montants.put(source, montant);
            binder.forField(montant)
                    .withValidator(ProjetForm::positiveOrEmpty, getTranslation("atlas.edit.montant.negatif"))
                    .bind(p -> amount(p, source), (p, value) -> setAmount(p, source, value));
            cofinancements.add(montant);
        }
        binder.readBean(projet);

        ok.setText(getTranslation("atlas.edit.projet.ok"));
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClickListener(e -> {
            if (binder.writeBeanIfValid(projet)) {
                onOk.accept(projet);
                close();
            }
        });
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        FormLayout fields = new FormLayout(
                titre, statut, dateDebut, dateFin, budgetTotal, thematiques, rapportAttendu, rapportRecu, description);
        fields.setColspan(description, 2);
        add(fields, new H3(getTranslation("atlas.edit.projet.cofinancements")), cofinancements);
        getFooter().add(cancel, ok);
        setWidth("min(60em, 100%)");
    }

    private static boolean positiveOrEmpty(BigDecimal value) {
        return value == null || value.signum() >= 0;
    }

    private static BigDecimal amount(Projet projet, SourceFinancement source) {
        return projet.getCofinancements().stream()
                .filter(c -> c.getSource() == source)
                .map(Cofinancement::getMontant)
                .findFirst()
                .orElse(null);
    }

    private static void setAmount(Projet projet, SourceFinancement source, BigDecimal value) {
        Set<Cofinancement> cofinancements = new HashSet<>(projet.getCofinancements());
        cofinancements.removeIf(c -> c.getSource() == source);
        if (value != null) {
            cofinancements.add(new Cofinancement(source, value));
        }
        projet.setCofinancements(cofinancements);
    }
}
