package fr.coopdec.assises.ui;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.coopdec.assises.CategorieParticipant;
import fr.coopdec.assises.Participant;
import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.CollectiviteFrancaiseFilter;
import fr.coopdec.referential.CollectivitePartenaire;
import fr.coopdec.referential.CollectivitePartenaireFilter;
import fr.coopdec.referential.ReferentialQueries;
import java.util.List;
import java.util.Optional;

/** One person of a registration: identity, organisation, category, authority from the referential, needs. */
class ParticipantForm extends FormLayout {

    /** The editable state of one person (the service receives an immutable {@link Participant}). */
    static class Saisie {
        String prenom = "";
        String nom = "";
        String email = "";
        String organisation = "";
        CategorieParticipant categorie;
        CollectiviteFrancaise collectiviteFrancaise;
        CollectivitePartenaire collectivitePartenaire;
        String accessibilite = "";
    }

    final TextField prenom = new TextField();
    final TextField nom = new TextField();
    final EmailField email = new EmailField();
    final TextField organisation = new TextField();
    final ComboBox<CategorieParticipant> categorie = new ComboBox<>();
    final ComboBox<CollectiviteFrancaise> collectiviteFrancaise = new ComboBox<>();
    final ComboBox<CollectivitePartenaire> collectivitePartenaire = new ComboBox<>();
    final TextArea accessibilite = new TextArea();
    private final Binder<Saisie> binder = new Binder<>();
    private final Saisie saisie = new Saisie();

    ParticipantForm(ReferentialQueries referential, int numero) {
        prenom.setLabel(getTranslation("assises.form.prenom"));
        nom.setLabel(getTranslation("assises.form.nom"));
        email.setLabel(getTranslation("assises.form.email"));
        organisation.setLabel(getTranslation("assises.form.organisation"));
        categorie.setLabel(getTranslation("assises.form.categorie"));
        categorie.setItems(CategorieParticipant.values());
        categorie.setItemLabelGenerator(c -> getTranslation("assises.categorie." + c));
        collectiviteFrancaise.setLabel(getTranslation("assises.form.collectivite-francaise"));
        collectiviteFrancaise.setItems(q -> referential
                .findCollectivitesFrancaises(
                        CollectiviteFrancaiseFilter.text(q.getFilter().orElse("")),
                        VaadinSpringDataHelpers.toSpringPageRequest(q))
                .stream());
        collectiviteFrancaise.setItemLabelGenerator(c -> c.getNom() + " (" + c.getCode() + ")");
        collectivitePartenaire.setLabel(getTranslation("assises.form.collectivite-partenaire"));
        collectivitePartenaire.setItems(q -> referential
                .findCollectivitesPartenaires(
                        CollectivitePartenaireFilter.text(q.getFilter().orElse("")),
                        VaadinSpringDataHelpers.toSpringPageRequest(q))
                .stream());
        collectivitePartenaire.setItemLabelGenerator(CollectivitePartenaire::getNom);
        accessibilite.setLabel(getTranslation("assises.form.accessibilite"));
        accessibilite.setHelperText(getTranslation("assises.form.accessibilite.aide"));
        String requis = getTranslation("assises.validation.requis");
        binder.forField(prenom)
                .asRequired(requis)
                .withValidator(new StringLengthValidator(requis, 1, 120))
                .bind(s -> s.prenom, (s, v) -> s.prenom = v);
        binder.forField(nom)
                .asRequired(requis)
                .withValidator(new StringLengthValidator(requis, 1, 120))
                .bind(s -> s.nom, (s, v) -> s.nom = v);
        binder.forField(email)
                .asRequired(requis)
                .withValidator(new EmailValidator(getTranslation("assises.validation.email")))
                .bind(s -> s.email, (s, v) -> s.email = v);
        binder.forField(organisation).asRequired(requis).bind(s -> s.organisation, (s, v) -> s.organisation = v);
        binder.forField(categorie).asRequired(requis).bind(s -> s.categorie, (s, v) -> s.categorie = v);
        binder.forField(collectiviteFrancaise)
                .bind(s -> s.collectiviteFrancaise, (s, v) -> s.collectiviteFrancaise = v);
        binder.forField(collectivitePartenaire)
                .bind(s -> s.collectivitePartenaire, (s, v) -> s.collectivitePartenaire = v);
        binder.forField(accessibilite)
                .withValidator(new StringLengthValidator(getTranslation("assises.validation.trop-long"), 0, 1000))
                .bind(s -> s.accessibilite, (s, v) -> s.accessibilite = v);
        binder.setBean(saisie);
        categorie.addValueChangeListener(e -> montrerCollectivites());
        montrerCollectivites();
        setAriaLabel(getTranslation("assises.form.personne", numero));
        add(prenom, nom, email, organisation, categorie, collectiviteFrancaise, collectivitePartenaire, accessibilite);
    }

    private void setAriaLabel(String label) {
        getElement().setAttribute("aria-label", label);
    }

    private void montrerCollectivites() {
        collectiviteFrancaise.setVisible(categorie.getValue() == CategorieParticipant.COLLECTIVITE_FRANCAISE);
        collectivitePartenaire.setVisible(categorie.getValue() == CategorieParticipant.COLLECTIVITE_PARTENAIRE);
    }

    /** The labels of the fields in error after {@link #valider()}, in the order of the form. */
    List<String> champsInvalides() {
        return binder.validate().getFieldValidationErrors().stream()
                .map(error -> error.getField())
                .filter(field -> field instanceof HasLabel)
                .map(field -> ((HasLabel) field).getLabel())
                .toList();
    }

    /** The person, or empty when a field is invalid (the errors are then shown next to the fields). */
    Optional<Participant> valider() {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        return Optional.of(new Participant(
                saisie.prenom,
                saisie.nom,
                saisie.email,
                saisie.organisation,
                saisie.categorie,
                saisie.categorie == CategorieParticipant.COLLECTIVITE_FRANCAISE && saisie.collectiviteFrancaise != null
                        ? saisie.collectiviteFrancaise.getId()
                        : null,
                saisie.categorie == CategorieParticipant.COLLECTIVITE_PARTENAIRE
                                && saisie.collectivitePartenaire != null
                        ? saisie.collectivitePartenaire.getId()
                        : null,
                saisie.accessibilite == null || saisie.accessibilite.isBlank() ? null : saisie.accessibilite));
    }
}
