package fr.coopdec.jeunesse.ui;

import com.vaadin.flow.component.Component;
import fr.coopdec.jeunesse.Mission;
import fr.coopdec.jeunesse.Volontaire;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;

/** Dates, amounts and labels shown the same way on every page of the module. */
final class JeunesseFormat {

    private JeunesseFormat() {}

    static String date(Component c, LocalDate date) {
        return fr.coopdec.shared.ui.Dates.date(date, fr.coopdec.shared.ui.Language.current());
    }

    static String euros(Component c, BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(fr.coopdec.shared.ui.Language.current());
        format.setMaximumFractionDigits(0);
        return format.format(amount) + "\u00a0€";
    }

    static String nom(Component c, Volontaire v) {
        return v.isAnonymise() ? c.getTranslation("jeunesse.volontaire.anonyme", v.getId()) : v.getNomComplet();
    }

    static String direction(Component c, Mission m) {
        return c.getTranslation("jeunesse.direction." + m.getDirection().name());
    }

    static String statut(Component c, Mission m) {
        return c.getTranslation("jeunesse.statut." + m.getStatut().name());
    }
}
