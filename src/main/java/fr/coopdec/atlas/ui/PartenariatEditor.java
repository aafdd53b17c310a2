package fr.coopdec.atlas.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.atlas.PartenariatService;
import fr.coopdec.referential.Pays;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.security.CoopDecUser;
import fr.coopdec.shared.security.Role;
import fr.coopdec.shared.ui.ErrorNotifier;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * A partnership's form, its projects and the save button. A refused save (invalid field, business
 * rule, someone else's newer save) keeps everything the user typed and says why, in a message at the
 * top of the form that screen readers announce.
 */
class PartenariatEditor extends VerticalLayout {

    final PartenariatForm form;
    final ProjetsEditorSection projets;
    final Div error = new Div();
    final Button save = new Button();
    private final transient PartenariatService service;
    private final Partenariat partenariat;
    private final transient Consumer<Partenariat> onSaved;

    PartenariatEditor(
            Partenariat partenariat,
            PartenariatService service,
            ReferentialQueries referential,
            CoopDecUser user,
            Consumer<Partenariat> onSaved) {
        this.partenariat = partenariat;
        this.service = service;
        this.onSaved = onSaved;
        this.form = new PartenariatForm(referential, allowedPays(referential, user));
        this.projets = new ProjetsEditorSection(partenariat, referential.allThematiques());
        form.read(partenariat);
        error.setId("partenariat-error");
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        save.setText(getTranslation("common.save"));
        save.setId("save-partenariat");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        setPadding(false);
        add(error, form, projets, save);
    }

    /** An embassy post chooses only its own country; the service refuses any other anyway. */
    private static List<Pays> allowedPays(ReferentialQueries referential, CoopDecUser user) {
        List<Pays> all = referential.allPays();
        if (user.hasRole(Role.POSTE)) {
            return all.stream()
                    .filter(p -> user.getPaysId().map(p.getId()::equals).orElse(false))
                    .toList();
        }
        return all;
    }

    /** The partnership the form writes into (after a successful creation, it has its id). */
    Partenariat partenariat() {
        return partenariat;
    }

    private void save() {
        if (!form.writeTo(partenariat)) {
            showError(getTranslation("common.error.form-invalid"));
            return;
        }
        try {
            Partenariat saved = service.save(partenariat);
            error.setVisible(false);
            ErrorNotifier.showSuccess(getTranslation("common.saved"));
            onSaved.accept(saved);
        } catch (BusinessException e) {
            showError(getTranslation(e.getMessageKey(), e.getArguments()));
        } catch (ObjectOptimisticLockingFailureException | OptimisticLockException e) {
            showError(getTranslation("atlas.edit.conflict"));
        } catch (RuntimeException e) {
            showError(ErrorNotifier.messageFor(e, getLocale()));
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
        ErrorNotifier.show(message);
    }
}
