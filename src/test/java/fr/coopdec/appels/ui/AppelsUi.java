package fr.coopdec.appels.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import fr.coopdec.shared.crossmodule.CategorieDepense;
import java.math.BigDecimal;
import java.util.List;

/** Small gestures of the UI tests of DAECT's calls, as a user would make them. */
final class AppelsUi {

    private AppelsUi() {}

    static void depense(
            PlanFinancementEditor plan, CategorieDepense categorie, int annee, String depense, long cout, long part) {
        _setValue(plan.categorie, categorie);
        _setValue(plan.annee, annee);
        _setValue(plan.depense, depense);
        _setValue(plan.cout, BigDecimal.valueOf(cout));
        _setValue(plan.partDaect, BigDecimal.valueOf(part));
        _click(plan.ajouter);
    }

    static void clic(String texte) {
        _click(_get(Button.class, spec -> spec.withText(texte)));
    }

    /** The button with that text inside a component (a grid cell). */
    static Button bouton(Component in, String texte) {
        return _get(in, Button.class, spec -> spec.withText(texte));
    }

    /** The texts of the open notifications, with the narrow spaces inside amounts made plain. */
    static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(AppelsUi::texte).toList();
    }

    static String texte(Notification n) {
        return plain(n.getElement().getProperty("text", ""));
    }

    static String plain(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
