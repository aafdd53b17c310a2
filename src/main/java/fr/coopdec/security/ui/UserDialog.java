package fr.coopdec.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.security.PasswordPolicy;
import fr.coopdec.security.Utilisateur;
import fr.coopdec.security.UtilisateurService;
import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.ui.ErrorNotifier;

/**
 * Creates or edits an account. A refused save keeps the dialog open with everything the user typed:
 * a duplicate e-mail is shown next to the field, a concurrent edit is explained.
 */
class UserDialog extends Dialog {

    final UserForm form;
    final Button save = new Button(getTranslation("common.save"));
    private final UtilisateurService service;
    private final Utilisateur user;
    private final Runnable onSaved;

    UserDialog(UtilisateurService service, ReferentialQueries referential, Utilisateur user, Runnable onSaved) {
        this.service = service;
        this.user = user;
        this.onSaved = onSaved;
        this.form = new UserForm(referential, user.isNew());
        setHeaderTitle(getTranslation(user.isNew() ? "security.users.create" : "security.users.edit"));
        form.edit(user);
        add(form);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, save);
        if (!user.isNew()) {
            Button reset = new Button(getTranslation("security.users.reset-password"), e -> openPasswordReset());
            reset.setId("reset-password");
            getFooter().add(reset);
        }
    }

    private void save() {
        form.writeTo(user).ifPresent(valid -> {
            try {
                if (valid.isNew()) {
                    service.create(valid, form.typedPassword());
                } else {
                    service.update(valid);
                }
                ErrorNotifier.showSuccess(getTranslation("common.saved"));
                close();
                onSaved.run();
            } catch (BusinessException e) {
                if (e.getMessageKey().equals("security.user.email.duplicate")) {
                    form.showEmailError(getTranslation(e.getMessageKey(), e.getArguments()));
                } else {
                    ErrorNotifier.show(getTranslation(e.getMessageKey(), e.getArguments()));
                }
            } catch (RuntimeException e) {
                ErrorNotifier.show(ErrorNotifier.messageFor(e, getLocale()));
            }
        });
    }

    private void openPasswordReset() {
        Dialog dialog = new Dialog(getTranslation("security.users.reset-password"));
        PasswordField password = new PasswordField(getTranslation("security.users.password"));
        password.setHelperText(getTranslation("security.users.password.helper", PasswordPolicy.MIN_LENGTH));
        Button confirm = new Button(getTranslation("common.save"), e -> {
            if (!PasswordPolicy.isAcceptable(password.getValue())) {
                password.setErrorMessage(getTranslation(
                        "security.password.policy", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
                password.setInvalid(true);
                return;
            }
            service.resetPassword(user.getId(), password.getValue());
            ErrorNotifier.showSuccess(getTranslation("security.users.password-reset-done"));
            dialog.close();
        });
        confirm.setId("confirm-password-reset");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(password);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }
}
