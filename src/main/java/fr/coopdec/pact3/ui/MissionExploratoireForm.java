package fr.coopdec.pact3.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import fr.coopdec.pact3.Candidature;
import fr.coopdec.pact3.NatureDepense;
import fr.coopdec.referential.Pays;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A laureate's mission proposal: under which label, where, why, and its budget lines. */
class MissionExploratoireForm extends FormLayout {

    final ComboBox<Candidature> label = new ComboBox<>();
    final ComboBox<Pays> pays = new ComboBox<>();
    final TextField objet = new TextField();
    final Map<NatureDepense, BigDecimalField> lignes = new EnumMap<>(NatureDepense.class);

    MissionExploratoireForm(List<Candidature> labels, List<Pays> allPays) {
        label.setLabel(getTranslation("pact3.mission.label"));
        label.setItems(labels);
        label.setItemLabelGenerator(c -> c.getAppel().getIntitule());
        if (!labels.isEmpty()) {
            label.setValue(labels.get(0));
        }
        pays.setLabel(getTranslation("pact3.mission.pays"));
        pays.setItems(allPays);
        pays.setItemLabelGenerator(p -> p.getNom(getLocale()));
        objet.setLabel(getTranslation("pact3.mission.objet"));
        add(label, pays, objet);
        setColspan(objet, 2);
        for (NatureDepense nature : NatureDepense.values()) {
            BigDecimalField field = new BigDecimalField();
            field.setLabel(getTranslation("pact3.depense." + nature));
            field.setSuffixComponent(new com.vaadin.flow.component.html.Span("€"));
            lignes.put(nature, field);
            add(field);
        }
    }

    Map<NatureDepense, BigDecimal> montants() {
        Map<NatureDepense, BigDecimal> montants = new EnumMap<>(NatureDepense.class);
        lignes.forEach((nature, field) -> {
            if (field.getValue() != null) {
                montants.put(nature, field.getValue());
            }
        });
        return montants;
    }
}
