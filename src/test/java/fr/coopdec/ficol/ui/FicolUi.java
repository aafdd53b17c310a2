package fr.coopdec.ficol.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import fr.coopdec.ficol.SourcePlan;
import java.math.BigDecimal;
import java.util.List;

/** Small gestures of the FICOL UI tests, as a user would make them. */
final class FicolUi {

    private FicolUi() {}

    static void ligne(PlanEditor plan, SourcePlan source, int annee, String depense, long montant) {
        _setValue(plan.source, source);
        _setValue(plan.annee, annee);
        _setValue(plan.depense, depense);
        _setValue(plan.montant, BigDecimal.valueOf(montant));
        _click(plan.ajouter);
    }

    static void clic(String texte) {
        _click(_get(Button.class, spec -> spec.withText(texte)));
    }

    /** The texts of the open notifications, with the narrow spaces inside amounts made plain. */
    static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(FicolUi::texte).toList();
    }

    static String texte(Notification n) {
        String text = n.getElement().getProperty("text", "");
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
