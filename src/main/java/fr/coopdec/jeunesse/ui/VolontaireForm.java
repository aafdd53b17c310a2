package fr.coopdec.jeunesse.ui;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.validator.EmailValidator;
import fr.coopdec.jeunesse.Volontaire;
import fr.coopdec.referential.Pays;
import java.util.List;

/** A volunteer's minimal personal data and the date of their consent. */
class VolontaireForm extends FormLayout {

    final TextField prenom = new TextField();
    final TextField nom = new TextField();
    final DatePicker dateNaissance = new DatePicker();
    final ComboBox<Pays> nationalite = new ComboBox<>();
    final EmailField email = new EmailField();
    final TextField telephone = new TextField();
    final DatePicker consentementLe = new DatePicker();
    private final BeanValidationBinder<Volontaire> binder = new BeanValidationBinder<>(Volontaire.class);

    VolontaireForm(List<Pays> pays) {
        label(prenom, "prenom");
        prenom.setMaxLength(100);
        label(nom, "nom");
        nom.setMaxLength(100);
        label(dateNaissance, "naissance");
        label(nationalite, "nationalite");
        nationalite.setItems(pays);
        nationalite.setItemLabelGenerator(p -> p.getNom(getLocale()));
        label(email, "email");
        email.setMaxLength(254);
        label(telephone, "telephone");
        telephone.setMaxLength(30);
        label(consentementLe, "consentement");
        consentementLe.setHelperText(getTranslation("jeunesse.volontaire.consentement.help"));
        binder.forField(prenom)
                .asRequired(getTranslation("jeunesse.volontaire.prenom.required"))
                .bind("prenom");
        binder.forField(nom)
                .asRequired(getTranslation("jeunesse.volontaire.nom.required"))
                .bind("nom");
        binder.forField(dateNaissance)
                .asRequired(getTranslation("jeunesse.volontaire.naissance.required"))
                .bind("dateNaissance");
        binder.forField(nationalite)
                .asRequired(getTranslation("jeunesse.volontaire.nationalite.required"))
                .bind("nationalite");
        binder.forField(email)
                .withNullRepresentation("")
                .withValidator(new EmailValidator(getTranslation("jeunesse.volontaire.email.invalid"), true))
                .bind("email");
        binder.forField(telephone).withNullRepresentation("").bind("telephone");
        binder.forField(consentementLe)
                .asRequired(getTranslation("jeunesse.volontaire.consentement.required"))
                .bind("consentementLe");
        add(prenom, nom, dateNaissance, nationalite, email, telephone, consentementLe);
    }

    private void label(HasLabel field, String key) {
        field.setLabel(getTranslation("jeunesse.volontaire.champ." + key));
    }

    void read(Volontaire v) {
        binder.readBean(v);
    }

    boolean writeTo(Volontaire v) {
        return binder.writeBeanIfValid(v);
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }
}
