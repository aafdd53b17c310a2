package fr.coopdec.bourse;

import fr.coopdec.shared.TranslationProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A complementary sheet and why: the themes both share, whether it is in (or targets) the other's
 * target country, and whether both territories are of a comparable size.
 */
public record Correspondance(
        FicheBourse fiche,
        int score,
        List<String> themesCommuns,
        boolean paysCible,
        boolean zoneCible,
        boolean tailleComparable) {

    static final int POINTS_THEME = 3;
    static final int POINTS_PAYS = 5;
    static final int POINTS_ZONE = 2;
    static final int POINTS_TAILLE = 2;

    /** "3 thèmes communs (Eau, Santé, Culture), pays cible identique, taille comparable". */
    public String raisons(Locale locale) {
        List<String> parts = new ArrayList<>();
        if (!themesCommuns.isEmpty()) {
            parts.add(TranslationProvider.translate(
                    themesCommuns.size() == 1 ? "bourse.match.theme" : "bourse.match.themes",
                    locale,
                    themesCommuns.size(),
                    String.join(", ", themesCommuns)));
        }
        if (paysCible) {
            parts.add(TranslationProvider.translate("bourse.match.pays", locale));
        } else if (zoneCible) {
            parts.add(TranslationProvider.translate("bourse.match.zone", locale));
        }
        if (tailleComparable) {
            parts.add(TranslationProvider.translate("bourse.match.taille", locale));
        }
        return String.join(", ", parts);
    }
}
