package fr.coopdec.appels.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import fr.coopdec.appels.AppelDaect;
import fr.coopdec.appels.TypeAppel;
import fr.coopdec.referential.Thematique;
import java.util.List;

/** A call's kind, title, years, window, envelope and (for a thematic call) theme. */
class AppelDaectForm extends FormLayout {

    final Select<TypeAppel> type = new Select<>();
    final TextField intitule = new TextField();
    final IntegerField anneeDebut = new IntegerField();
    final IntegerField anneeFin = new IntegerField();
    final DatePicker ouverture = new DatePicker();
    final DatePicker cloture = new DatePicker();
    final BigDecimalField budget = new BigDecimalField();
    final ComboBox<Thematique> thematique = new ComboBox<>();
    final TextArea description = new TextArea();
    final Binder<AppelDaect> binder = new BeanValidationBinder<>(AppelDaect.class);

    AppelDaectForm(List<Thematique> thematiques) {
        type.setLabel(getTranslation("appels.appel.type"));
        type.setItems(TypeAppel.ouvrables());
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation("appels.type." + t.name()));
        intitule.setLabel(getTranslation("appels.appel.intitule"));
        anneeDebut.setLabel(getTranslation("appels.appel.annee-debut"));
        anneeFin.setLabel(getTranslation("appels.appel.annee-fin"));
        anneeFin.setHelperText(getTranslation("appels.appel.annees.aide"));
        ouverture.setLabel(getTranslation("appels.appel.ouverture"));
        cloture.setLabel(getTranslation("appels.appel.cloture"));
        budget.setLabel(getTranslation("appels.appel.budget"));
        thematique.setLabel(getTranslation("appels.appel.thematique"));
        thematique.setHelperText(getTranslation("appels.appel.thematique.aide"));
        thematique.setItems(thematiques);
        thematique.setItemLabelGenerator(t -> t.getLibelle(getLocale()));
        thematique.setClearButtonVisible(true);
        description.setLabel(getTranslation("appels.appel.description"));
        String requis = getTranslation("appels.champ.requis");
        // no asRequired on a Select: its required indicator puts aria-required on a role=button (axe refuses it)
        binder.forField(type).withValidator(t -> t != null, requis).bind(AppelDaect::getType, AppelDaect::setType);
        binder.forField(intitule).asRequired(requis).bind(AppelDaect::getIntitule, AppelDaect::setIntitule);
        binder.forField(anneeDebut).asRequired(requis).bind(AppelDaect::getAnneeDebut, AppelDaect::setAnneeDebut);
        binder.forField(anneeFin)
                .asRequired(requis)
                .withValidator(
                        fin -> anneeDebut.getValue() == null || fin >= anneeDebut.getValue(),
                        getTranslation("appels.appel.annees-inversees"))
                .bind(AppelDaect::getAnneeFin, AppelDaect::setAnneeFin);
        binder.forField(ouverture).asRequired(requis).bind(AppelDaect::getDateOuverture, AppelDaect::setDateOuverture);
        binder.forField(cloture)
                .asRequired(requis)
                .withValidator(
                        d -> ouverture.getValue() == null || !d.isBefore(ouverture.getValue()),
                        getTranslation("appels.appel.dates-inversees"))
                .bind(AppelDaect::getDateCloture, AppelDaect::setDateCloture);
        binder.forField(budget)
                .asRequired(requis)
                .withValidator(b -> b.signum() > 0, getTranslation("appels.appel.budget-positif"))
                .bind(AppelDaect::getBudget, AppelDaect::setBudget);
        binder.forField(thematique).bind(AppelDaect::getThematique, AppelDaect::setThematique);
        binder.forField(description).bind(AppelDaect::getDescription, AppelDaect::setDescription);
        add(type, intitule, anneeDebut, anneeFin, ouverture, cloture, budget, thematique, description);
        setColspan(intitule, 2);
        setColspan(description, 2);
    }
}
