package fr.coopdec.bourse;

import fr.coopdec.referential.Pays;
import fr.coopdec.shared.BusinessException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For a sheet, the published sheets of the other side (French ↔ foreign) ranked by a simple score:
 * 3 points per common theme, 5 when the foreign one is in a target country of the French one, 2 when
 * only its zone is targeted, 2 for a comparable population (ratio at most 3). Public: matching is
 * shown on the public sheet page.
 */
@Service
public class MatchingService {

    static final int MAX_RESULTATS = 10;

    private final FicheRepository fiches;

    MatchingService(FicheRepository fiches) {
        this.fiches = fiches;
    }

    @Transactional(readOnly = true)
    public List<Correspondance> correspondances(long ficheId, Locale locale) {
        FicheBourse fiche =
                fiches.findById(ficheId).orElseThrow(() -> new BusinessException("bourse.fiche.introuvable"));
        return fiches.candidats(fiche.getOrigine(), ficheId).stream()
                .map(c -> evaluer(fiche, c, locale))
                .filter(c -> c.score() > 0)
                .sorted(Comparator.comparingInt(Correspondance::score)
                        .reversed()
                        .thenComparing(c -> c.fiche().getId()))
                .limit(MAX_RESULTATS)
                .toList();
    }

    static Correspondance evaluer(FicheBourse a, FicheBourse b, Locale locale) {
        List<String> themes = a.getToutesThematiques().stream()
                .filter(b.getToutesThematiques()::contains)
                .map(t -> t.getLibelle(locale))
                .sorted()
                .toList();
        FicheBourse francaise = a.getOrigine() == Origine.FRANCAISE ? a : b;
        FicheBourse etrangere = francaise == a ? b : a;
        Pays pays = etrangere.getPays();
        boolean paysCible = pays != null && francaise.getPaysCibles().contains(pays);
        boolean zoneCible =
                !paysCible && pays != null && francaise.getZonesCibles().contains(pays.getZone());
        boolean taille = comparable(a.getPopulationConnue(), b.getPopulationConnue());
        int score = themes.size() * Correspondance.POINTS_THEME
                + (paysCible ? Correspondance.POINTS_PAYS : 0)
                + (zoneCible ? Correspondance.POINTS_ZONE : 0)
                + (taille ? Correspondance.POINTS_TAILLE : 0);
        return new Correspondance(b, score, themes, paysCible, zoneCible, taille);
    }

    static boolean comparable(Integer x, Integer y) {
        if (x == null || y == null || x <= 0 || y <= 0) {
            return false;
        }
        return Math.max(x, y) <= 3L * Math.min(x, y);
    }
}
