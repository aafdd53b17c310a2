package fr.coopdec.security.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.CollectiviteFrancaiseFilter;
import fr.coopdec.referential.CollectivitePartenaire;
import fr.coopdec.referential.CollectivitePartenaireFilter;
import fr.coopdec.referential.Pays;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.security.PasswordPolicy;
import fr.coopdec.security.Utilisateur;
import fr.coopdec.shared.security.Role;
import java.util.Optional;

/**
 * Account form: identity, role, and the scope the role needs (a country for a post, an authority for
 * a local authority). Binds to the entity the editor loaded, so its version guards against lost updates.
 */
class UserForm extends FormLayout {

    final EmailField email = new EmailField(getTranslation("security.users.email"));
    final TextField nom = new TextField(getTranslation("security.users.name"));
    final Select<Role> role = new Select<>();
    final ComboBox<Pays> pays = new ComboBox<>(getTranslation("security.users.pays"));
    final ComboBox<CollectiviteFrancaise> collectiviteFrancaise =
            new ComboBox<>(getTranslation("security.users.collectivite-francaise"));
    final ComboBox<CollectivitePartenaire> collectivitePartenaire =
            new ComboBox<>(getTranslation("security.users.collectivite-partenaire"));
    final Checkbox enabled = new Checkbox(getTranslation("security.users.enabled"));
    final PasswordField password = new PasswordField(getTranslation("security.users.password"));

    private final BeanValidationBinder<Utilisateur> binder = new BeanValidationBinder<>(Utilisateur.class);
    private final boolean creation;
    private String typedPassword = "";

    UserForm(ReferentialQueries referential, boolean creation) {
        this.creation = creation;
        role.setLabel(getTranslation("security.users.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("security.role." + r.name()));
        pays.setItems(referential.allPays());
        pays.setItemLabelGenerator(p -> p.getNom(getLocale()));
        collectiviteFrancaise.setItems(query -> referential
                .findCollectivitesFrancaises(
                        CollectiviteFrancaiseFilter.text(query.getFilter().orElse("")),
                        VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());
        collectiviteFrancaise.setItemLabelGenerator(c -> c.getLibelle() + " · "
                + getTranslation("referential.collectivite.type." + c.getType().name()));
        collectivitePartenaire.setItems(query -> referential
                .findCollectivitesPartenaires(
                        CollectivitePartenaireFilter.text(query.getFilter().orElse("")),
                        VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());
        collectivitePartenaire.setItemLabelGenerator(CollectivitePartenaire::getNom);
        password.setHelperText(getTranslation("security.users.password.helper", PasswordPolicy.MIN_LENGTH));
        password.setVisible(creation);
        enabled.setVisible(!creation);
        bind();
        role.addValueChangeListener(e -> showScopeFields());
        add(email, nom, role, pays, collectiviteFrancaise, collectivitePartenaire, password, enabled);
    }

    private void bind() {
        binder.forField(email)
                .asRequired(getTranslation("security.users.email.required"))
                .bind(Utilisateur::getEmail, Utilisateur::setEmail);
        binder.forField(nom)
                .asRequired(getTranslation("security.users.name.required"))
                .bind(Utilisateur::getNom, Utilisateur::setNom);
        binder.forField(role)
                .asRequired(getTranslation("security.users.role.required"))
                .bind(Utilisateur::getRole, Utilisateur::setRole);
        binder.forField(pays)
                .withValidator(
                        p -> role.getValue() != Role.POSTE || p != null,
                        getTranslation("security.user.scope.pays-required"))
                .bind(Utilisateur::getPays, Utilisateur::setPays);
        binder.forField(collectiviteFrancaise)
                .withValidator(
                        c -> role.getValue() != Role.COLLECTIVITE
                                || c != null
                                || collectivitePartenaire.getValue() != null,
                        getTranslation("security.user.scope.collectivite-required"))
                .withValidator(
                        c -> c == null || collectivitePartenaire.getValue() == null,
                        getTranslation("security.user.scope.one-collectivite"))
                .bind(Utilisateur::getCollectiviteFrancaise, Utilisateur::setCollectiviteFrancaise);
        binder.forField(collectivitePartenaire)
                .bind(Utilisateur::getCollectivitePartenaire, Utilisateur::setCollectivitePartenaire);
        binder.forField(enabled).bind(Utilisateur::isEnabled, Utilisateur::setEnabled);
        if (creation) {
            binder.forField(password)
                    .asRequired(getTranslation("security.users.password.required"))
                    .withValidator(
                            PasswordPolicy::isAcceptable,
                            getTranslation(
                                    "security.password.policy", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH))
                    .bind(u -> typedPassword, (u, value) -> typedPassword = value);
        }
    }

    void edit(Utilisateur user) {
        binder.readBean(user);
        showScopeFields();
    }

    /** Writes the fields into the user if they are valid; otherwise marks the fields and returns empty. */
    Optional<Utilisateur> writeTo(Utilisateur user) {
        try {
            binder.writeBean(user);
            return Optional.of(user);
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    String typedPassword() {
        return typedPassword;
    }

    /** Shows a server-side refusal next to the field it concerns. */
    void showEmailError(String message) {
        email.setErrorMessage(message);
        email.setInvalid(true);
    }

    private void showScopeFields() {
        pays.setVisible(role.getValue() == Role.POSTE);
        collectiviteFrancaise.setVisible(role.getValue() == Role.COLLECTIVITE);
        collectivitePartenaire.setVisible(role.getValue() == Role.COLLECTIVITE);
    }
}
