package fr.coopdec.pact3.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import fr.coopdec.pact3.Appel;

/** Year, title, dates, ceiling per mission and weighted criteria of a call. */
class AppelForm extends FormLayout {

    final IntegerField annee = new IntegerField();
    final TextField intitule = new TextField();
    final DatePicker ouverture = new DatePicker();
    final DatePicker cloture = new DatePicker();
    final BigDecimalField plafond = new BigDecimalField();
    final TextArea criteres = new TextArea();
    final Binder<Appel> binder = new BeanValidationBinder<>(Appel.class);

    AppelForm() {
        annee.setLabel(getTranslation("pact3.appel.annee"));
        intitule.setLabel(getTranslation("pact3.appel.intitule"));
        ouverture.setLabel(getTranslation("pact3.appel.ouverture"));
        cloture.setLabel(getTranslation("pact3.appel.cloture"));
        plafond.setLabel(getTranslation("pact3.appel.plafond"));
        criteres.setLabel(getTranslation("pact3.appel.criteres"));
        criteres.setHelperText(getTranslation("pact3.appel.criteres.aide"));
        binder.forField(annee)
                .asRequired(getTranslation("pact3.appel.annee.requise"))
                .bind(Appel::getAnnee, Appel::setAnnee);
        binder.forField(intitule)
                .asRequired(getTranslation("pact3.appel.intitule.requis"))
                .bind(Appel::getIntitule, Appel::setIntitule);
        binder.forField(ouverture)
                .asRequired(getTranslation("pact3.appel.date.requise"))
                .bind(Appel::getDateOuverture, Appel::setDateOuverture);
        binder.forField(cloture)
                .asRequired(getTranslation("pact3.appel.date.requise"))
                .withValidator(
                        d -> ouverture.getValue() == null || !d.isBefore(ouverture.getValue()),
                        getTranslation("pact3.appel.dates-inversees"))
                .bind(Appel::getDateCloture, Appel::setDateCloture);
        binder.forField(plafond)
                .asRequired(getTranslation("pact3.appel.plafond.requis"))
                .withValidator(p -> p.signum() > 0, getTranslation("pact3.appel.plafond.requis"))
                .bind(Appel::getPlafondMission, Appel::setPlafondMission);
        binder.forField(criteres)
                .withConverter(new CriteresConverter(() -> getTranslation("pact3.appel.criteres.invalides")))
                .bind(Appel::getCriteres, Appel::setCriteres);
        add(annee, intitule, ouverture, cloture, plafond, criteres);
        setColspan(criteres, 2);
        setColspan(intitule, 2);
    }
}
