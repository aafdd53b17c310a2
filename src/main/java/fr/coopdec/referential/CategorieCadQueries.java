package fr.coopdec.referential;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The DAC category of a country on a date: eligibility (FICOL, PACT3) reads it at a file's submission
 * date, so a file decided under an earlier list keeps its verdict. Before the oldest loaded list, the
 * oldest one answers (older lists are not loaded; see {@code data/pays-SOURCES.md}).
 */
@Service
@Transactional(readOnly = true)
public class CategorieCadQueries {

    private final PaysCategorieCadRepository periodes;
    private final PaysRepository pays;

    CategorieCadQueries(PaysCategorieCadRepository periodes, PaysRepository pays) {
        this.periodes = periodes;
        this.pays = pays;
    }

    /** The category in force on that date; empty for an unknown country code. */
    public Optional<CategorieEnVigueur> enVigueur(String alpha2, LocalDate date) {
        Optional<PaysCategorieCad> row =
                periodes.findFirstByPaysCodeAlpha2AndDateEffetLessThanEqualOrderByDateEffetDesc(alpha2, date)
                        .or(() -> periodes.findFirstByPaysCodeAlpha2OrderByDateEffetAsc(alpha2));
        if (row.isPresent()) {
            return row.map(r -> CategorieEnVigueur.of(alpha2, r));
        }
        // a country added by hand without dated rows: its current category, from its own source
        return pays.findByCodeAlpha2(alpha2)
                .map(p -> new CategorieEnVigueur(alpha2, p.getCategorieCad(), null, p.getCategorieCadSource(), null));
    }

    /** Every country's category in force on that date, by alpha-2 code (one query of about 250 rows). */
    public Map<String, CategorieCad> toutesEnVigueur(LocalDate date) {
        Map<String, CategorieCad> result =
                pays.findAll().stream().collect(Collectors.toMap(Pays::getCodeAlpha2, Pays::getCategorieCad));
        periodes.findAllWithPays().stream()
                .collect(Collectors.groupingBy(r -> r.getPays().getCodeAlpha2()))
                .forEach((code, rows) -> result.put(code, aLaDate(rows, date).getCategorie()));
        return result;
    }

    /** The dated categories of a country, oldest first. */
    public List<CategorieEnVigueur> historique(String alpha2) {
        return periodes.findByPaysCodeAlpha2OrderByDateEffetAsc(alpha2).stream()
                .map(r -> CategorieEnVigueur.of(alpha2, r))
                .toList();
    }

    private static PaysCategorieCad aLaDate(List<PaysCategorieCad> rows, LocalDate date) {
        Comparator<PaysCategorieCad> byDate = Comparator.comparing(PaysCategorieCad::getDateEffet);
        return rows.stream()
                .filter(r -> !r.getDateEffet().isAfter(date))
                .max(byDate)
                .orElseGet(() -> rows.stream().min(byDate).orElseThrow());
    }
}
