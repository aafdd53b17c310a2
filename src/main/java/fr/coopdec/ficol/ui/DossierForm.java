package fr.coopdec.ficol.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import fr.coopdec.atlas.PartenariatResume;
import fr.coopdec.ficol.FicolDossier;
import fr.coopdec.ficol.FicolDossierService;
import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.CollectiviteFrancaiseFilter;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.referential.Thematique;
import org.springframework.data.domain.PageRequest;

/** The application itself: project, partnership (which gives the country), group, duration, themes, budget. */
class DossierForm extends Composite<FormLayout> {

    final TextField intitule = new TextField();
    final ComboBox<PartenariatResume> partenariat = new ComboBox<>();
    final TextField pays = new TextField();
    final MultiSelectComboBox<CollectiviteFrancaise> membres = new MultiSelectComboBox<>();
    final IntegerField duree = new IntegerField();
    final MultiSelectComboBox<Thematique> thematiques = new MultiSelectComboBox<>();
    final TextArea resultats = new TextArea();
    final BigDecimalField budget = new BigDecimalField();
    private final BeanValidationBinder<FicolDossier> binder = new BeanValidationBinder<>(FicolDossier.class);

    DossierForm(FicolDossierService service, CollectiviteFrancaise chefDeFile, ReferentialQueries referential) {
        intitule.setLabel(getTranslation("ficol.dossier.intitule"));
        partenariat.setLabel(getTranslation("ficol.dossier.partenariat"));
        partenariat.setItems(q -> service
                .partenariatsPossibles(
                        chefDeFile, q.getFilter().orElse(null), PageRequest.of(q.getPage(), q.getPageSize()))
                .stream());
        partenariat.setItemLabelGenerator(p -> p.intitule() + " — " + p.paysNom(getLocale()));
        partenariat.addValueChangeListener(
                e -> pays.setValue(e.getValue() == null ? "" : e.getValue().paysNom(getLocale())));
        pays.setLabel(getTranslation("ficol.dossier.pays"));
        pays.setReadOnly(true);
        pays.setHelperText(getTranslation("ficol.dossier.pays.aide"));
        membres.setLabel(getTranslation("ficol.dossier.membres"));
        membres.setHelperText(getTranslation("ficol.dossier.membres.aide"));
        membres.setItems(q -> referential
                .findCollectivitesFrancaises(
                        CollectiviteFrancaiseFilter.text(q.getFilter().orElse("")),
                        PageRequest.of(q.getPage(), q.getPageSize()))
                .stream());
        membres.setItemLabelGenerator(CollectiviteFrancaise::getLibelle);
        duree.setLabel(getTranslation("ficol.dossier.duree"));
        duree.setMin(6);
        duree.setMax(60);
        thematiques.setLabel(getTranslation("ficol.dossier.thematiques"));
        thematiques.setItems(referential.allThematiques());
        thematiques.setItemLabelGenerator(t -> t.getLibelle(getLocale()));
        resultats.setLabel(getTranslation("ficol.dossier.resultats"));
        resultats.setMaxLength(4000);
        budget.setLabel(getTranslation("ficol.dossier.budget"));

        binder.forField(intitule)
                .asRequired(getTranslation("ficol.dossier.intitule.requis"))
                .bind("intitule");
        binder.forField(partenariat)
                .asRequired(getTranslation("ficol.dossier.partenariat.requis"))
                .bind(
                        d -> d.getPartenariatId() == null
                                ? null
                                : service.partenariat(d.getPartenariatId()).orElse(null),
                        (d, p) -> d.setPartenariatId(p == null ? null : p.id()));
        binder.forField(membres).bind(FicolDossier::getMembres, FicolDossier::setMembres);
        binder.forField(duree)
                .asRequired(getTranslation("ficol.dossier.duree.requise"))
                .bind("dureeMois");
        binder.forField(thematiques).bind(FicolDossier::getThematiques, FicolDossier::setThematiques);
        binder.forField(resultats).bind("resultatsAttendus");
        binder.forField(budget)
                .asRequired(getTranslation("ficol.dossier.budget.requis"))
                .bind("budgetTotal");

        getContent().add(intitule, partenariat, pays, membres, duree, thematiques, budget, resultats);
        getContent().setColspan(resultats, 2);
    }

    void read(FicolDossier dossier) {
        binder.readBean(dossier);
    }

    void write(FicolDossier dossier) throws ValidationException {
        binder.writeBean(dossier);
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
        pays.setReadOnly(true);
    }
}
