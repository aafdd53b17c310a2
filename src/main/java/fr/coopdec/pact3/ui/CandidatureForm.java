package fr.coopdec.pact3.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import fr.coopdec.atlas.PartenariatResume;
import fr.coopdec.pact3.Candidature;
import fr.coopdec.referential.Pays;
import fr.coopdec.referential.Thematique;
import java.util.List;
import java.util.stream.Collectors;

/** Know-how (themes and text), references from the Atlas, proposed countries and team of an application. */
class CandidatureForm extends FormLayout {

    final MultiSelectComboBox<Thematique> themes = new MultiSelectComboBox<>();
    final TextArea savoirFaire = new TextArea();
    final MultiSelectComboBox<PartenariatResume> references = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Pays> pays = new MultiSelectComboBox<>();
    final TextArea equipe = new TextArea();
    final Binder<Candidature> binder = new BeanValidationBinder<>(Candidature.class);

    CandidatureForm(List<Thematique> allThemes, List<PartenariatResume> mesPartenariats, List<Pays> allPays) {
        themes.setLabel(getTranslation("pact3.candidature.themes"));
        themes.setItems(allThemes);
        themes.setItemLabelGenerator(t -> t.getLibelle(getLocale()));
        savoirFaire.setLabel(getTranslation("pact3.candidature.savoir-faire"));
        references.setLabel(getTranslation("pact3.candidature.references"));
        references.setHelperText(getTranslation("pact3.candidature.references.aide"));
        references.setItems(mesPartenariats);
        references.setItemLabelGenerator(p -> p.intitule() + " (" + p.paysNom(getLocale()) + ")");
        pays.setLabel(getTranslation("pact3.candidature.pays"));
        pays.setItems(allPays);
        pays.setItemLabelGenerator(p -> p.getNom(getLocale()));
        equipe.setLabel(getTranslation("pact3.candidature.equipe"));
        binder.forField(themes)
                .bind(
                        c -> allThemes.stream()
                                .filter(t -> c.getThemes().contains(t.getCode()))
                                .collect(Collectors.toSet()),
                        (c, v) ->
                                c.setThemes(v.stream().map(Thematique::getCode).collect(Collectors.toSet())));
        binder.forField(savoirFaire).bind(Candidature::getSavoirFaire, Candidature::setSavoirFaire);
        binder.forField(references)
                .bind(
                        c -> mesPartenariats.stream()
                                .filter(p -> c.getReferences().contains(p.id()))
                                .collect(Collectors.toSet()),
                        (c, v) -> c.setReferences(
                                v.stream().map(PartenariatResume::id).collect(Collectors.toSet())));
        binder.forField(pays)
                .bind(
                        c -> allPays.stream()
                                .filter(p -> c.getPays().contains(p.getCodeAlpha2()))
                                .collect(Collectors.toSet()),
                        (c, v) -> c.setPays(v.stream().map(Pays::getCodeAlpha2).collect(Collectors.toSet())));
        binder.forField(equipe).bind(Candidature::getEquipe, Candidature::setEquipe);
        add(themes, references, savoirFaire, equipe, pays);
        setColspan(savoirFaire, 2);
        setColspan(equipe, 2);
    }
}
