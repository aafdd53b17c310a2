package fr.coopdec.atlas.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableFunction;
import fr.coopdec.atlas.Contact;
import fr.coopdec.atlas.NaturePartenariat;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.atlas.StatutPartenariat;
import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.CollectiviteFrancaiseFilter;
import fr.coopdec.referential.CollectivitePartenaire;
import fr.coopdec.referential.CollectivitePartenaireFilter;
import fr.coopdec.referential.Pays;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.referential.Thematique;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The fields of a partnership. French authorities are searched lazily over the whole referential
 * (36,000 rows); foreign ones only in the chosen country. Messages appear next to the fields; the
 * business rules (checked again by the service) are the service's.
 */
class PartenariatForm extends FormLayout {

    final TextField intitule = new TextField();
    final ComboBox<NaturePartenariat> nature = new ComboBox<>();
    final ComboBox<StatutPartenariat> statut = new ComboBox<>();
    final IntegerField anneeDebut = new IntegerField();
    final IntegerField anneeFin = new IntegerField();
    final ComboBox<Pays> pays = new ComboBox<>();
    final MultiSelectComboBox<CollectiviteFrancaise> francaises = new MultiSelectComboBox<>();
    final MultiSelectComboBox<CollectivitePartenaire> partenaires = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Thematique> thematiques = new MultiSelectComboBox<>();
    final TextArea description = new TextArea();
    final TextField eluNom = new TextField();
    final TextField eluFonction = new TextField();
    final EmailField eluEmail = new EmailField();
    final TextField technicienNom = new TextField();
    final TextField technicienFonction = new TextField();
    final EmailField technicienEmail = new EmailField();
    private final BeanValidationBinder<Partenariat> binder = new BeanValidationBinder<>(Partenariat.class);

    /** {@code allowedPays}: the countries the user may choose (a POSTE: its own). */
    PartenariatForm(ReferentialQueries referential, List<Pays> allowedPays) {
        label(intitule, "intitule");
        intitule.setMaxLength(300);
        label(nature, "nature");
        nature.setItems(NaturePartenariat.values());
        nature.setItemLabelGenerator(n -> getTranslation("atlas.nature." + n.name()));
        label(statut, "statut");
        statut.setItems(StatutPartenariat.values());
        statut.setItemLabelGenerator(s -> getTranslation("atlas.statut." + s.name()));
        label(anneeDebut, "annee-debut");
        label(anneeFin, "annee-fin");
        label(pays, "pays");
        pays.setItems(allowedPays);
        pays.setItemLabelGenerator(p -> p.getNom(getLocale()));
        label(francaises, "francaises");
        francaises.setHelperText(getTranslation("atlas.edit.francaises.help"));
        francaises.setItemLabelGenerator(CollectiviteFrancaise::getLibelle);
        francaises.setItems(new CallbackDataProvider<CollectiviteFrancaise, String>(
                q -> referential
                        .findCollectivitesFrancaises(
                                CollectiviteFrancaiseFilter.text(q.getFilter().orElse(null)),
                                PageRequest.of(q.getPage(), q.getPageSize(), Sort.by("nom")))
                        .stream(),
                q -> (int) referential
                        .findCollectivitesFrancaises(
                                CollectiviteFrancaiseFilter.text(q.getFilter().orElse(null)), PageRequest.of(0, 1))
                        .getTotalElements(),
                CollectiviteFrancaise::getId));
        label(partenaires, "partenaires");
        partenaires.setHelperText(getTranslation("atlas.edit.partenaires.help"));
        partenaires.setItemLabelGenerator(CollectivitePartenaire::getNom);
        partenaires.setItems(new CallbackDataProvider<CollectivitePartenaire, String>(
                q -> referential
                        .findCollectivitesPartenaires(
                                partenaireFilter(q.getFilter().orElse(null)),
                                PageRequest.of(q.getPage(), q.getPageSize(), Sort.by("nom")))
                        .stream(),
                q -> (int) referential
                        .findCollectivitesPartenaires(
                                partenaireFilter(q.getFilter().orElse(null)), PageRequest.of(0, 1))
                        .getTotalElements(),
                CollectivitePartenaire::getId));
        pays.addValueChangeListener(e -> {
            // Foreign authorities belong to one country: a new country empties the list to choose from.
            if (e.isFromClient() || e.getOldValue() != null) {
                partenaires.deselect(partenaires.getSelectedItems().stream()
                        .filter(c -> e.getValue() == null
                                || !c.getPays().getId().equals(e.getValue().getId()))
                        .toList());
            }
            partenaires.getDataProvider().refreshAll();
        });
        label(thematiques, "thematiques");
        thematiques.setItems(referential.allThematiques());
        thematiques.setItemLabelGenerator(t -> t.getLibelle(getLocale()));
        label(description, "description");
        description.setMaxLength(10000);
        label(eluNom, "elu.nom");
        label(eluFonction, "elu.fonction");
        label(eluEmail, "elu.email");
        label(technicienNom, "technicien.nom");
        label(technicienFonction, "technicien.fonction");
        label(technicienEmail, "technicien.email");
        bind();
        add(intitule, nature, statut, anneeDebut, anneeFin, pays, francaises, partenaires, thematiques, description);
        H2 contacts = new H2(getTranslation("atlas.edit.contacts"));
        add(contacts, eluNom, eluFonction, eluEmail, technicienNom, technicienFonction, technicienEmail);
        setColspan(description, 2);
        setColspan(contacts, 2);
        setColspan(intitule, 2);
    }

    private void bind() {
        binder.forField(intitule)
                .asRequired(getTranslation("atlas.edit.intitule.required"))
                .bind("intitule");
        binder.forField(nature)
                .asRequired(getTranslation("atlas.edit.nature.required"))
                .bind("nature");
        binder.forField(statut)
                .asRequired(getTranslation("atlas.edit.statut.required"))
                .bind("statut");
        binder.forField(anneeDebut)
                .asRequired(getTranslation("atlas.edit.annee-debut.required"))
                .bind("anneeDebut");
        binder.forField(anneeFin).bind("anneeFin");
        binder.forField(pays)
                .asRequired(getTranslation("atlas.edit.pays.required"))
                .bind("pays");
        binder.forField(francaises)
                .asRequired(getTranslation("atlas.rule.francaise-required"))
                .bind("collectivitesFrancaises");
        binder.forField(partenaires)
                .asRequired(getTranslation("atlas.rule.partenaire-required"))
                .bind("collectivitesPartenaires");
        binder.forField(thematiques).bind("thematiques");
        binder.forField(description).withNullRepresentation("").bind("description");
        contact(eluNom, eluFonction, eluEmail, Partenariat::getElu);
        contact(technicienNom, technicienFonction, technicienEmail, Partenariat::getTechnicien);
    }

    private void contact(
            TextField nom, TextField fonction, EmailField email, SerializableFunction<Partenariat, Contact> contact) {
        // The field's own e-mail check runs before the binder's: it needs the same French sentence.
        email.setI18n(new EmailField.EmailFieldI18n()
                .setPatternErrorMessage(getTranslation("atlas.edit.email.invalid"))
                .setMaxLengthErrorMessage(getTranslation("atlas.edit.too-long", 254)));
        email.setMaxLength(254);
        text(nom, 150, p -> contact.apply(p).getNom(), (p, v) -> contact.apply(p)
                .setNom(v));
        text(fonction, 150, p -> contact.apply(p).getFonction(), (p, v) -> contact.apply(p)
                .setFonction(v));
        binder.forField(email)
                .withNullRepresentation("")
                .withValidator(new EmailValidator(getTranslation("atlas.edit.email.invalid"), true))
                .withValidator(new StringLengthValidator(getTranslation("atlas.edit.too-long", 254), 0, 254))
                .bind(p -> contact.apply(p).getEmail(), (p, v) -> contact.apply(p)
                        .setEmail(v == null ? null : v.strip()));
    }

    private void text(
            TextField field,
            int max,
            SerializableFunction<Partenariat, String> getter,
            SerializableBiConsumer<Partenariat, String> setter) {
        field.setMaxLength(max);
        binder.forField(field)
                .withNullRepresentation("")
                .withValidator(new StringLengthValidator(getTranslation("atlas.edit.too-long", max), 0, max))
                .bind(getter::apply, setter::accept);
    }

    private CollectivitePartenaireFilter partenaireFilter(String text) {
        // No country yet: nothing to choose from (-1 matches no country).
        return new CollectivitePartenaireFilter(
                text, pays.getValue() == null ? -1L : pays.getValue().getId(), null);
    }

    private void label(com.vaadin.flow.component.HasLabel field, String key) {
        field.setLabel(getTranslation("atlas.edit." + key));
    }

    void read(Partenariat partenariat) {
        binder.readBean(partenariat);
    }

    /** Writes valid input into the partnership; false (and messages next to the fields) otherwise. */
    boolean writeTo(Partenariat partenariat) {
        return binder.writeBeanIfValid(partenariat);
    }
}
