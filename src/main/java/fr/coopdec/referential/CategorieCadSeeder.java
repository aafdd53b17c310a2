package fr.coopdec.referential;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Loads the dated DAC categories (idempotent): the 2024–2025 list's entry of each country from
 * {@code pays.csv}, then the dated changes of {@code pays-cad-changements.csv}. A change already in
 * force also becomes the country's current category, unless DAECT had set another one by hand.
 */
@Component
class CategorieCadSeeder {

    static final LocalDate LISTE_2024_DEBUT = LocalDate.of(2024, 1, 1);
    private static final Logger log = LoggerFactory.getLogger(CategorieCadSeeder.class);

    private final PaysRepository pays;
    private final PaysCategorieCadRepository periodes;
    private final Clock clock;

    CategorieCadSeeder(PaysRepository pays, PaysCategorieCadRepository periodes, Clock clock) {
        this.pays = pays;
        this.periodes = periodes;
        this.clock = clock;
    }

    /** Call inside a transaction, after the countries are loaded. */
    void seed() {
        Map<String, CategorieCad> liste = new HashMap<>();
        for (CSVRecord row : ReferenceCsv.readResource("/data/pays.csv")) {
            liste.put(row.get("alpha2"), CategorieCad.valueOf(row.get("categorie_cad")));
        }
        int added = 0;
        for (Pays p : pays.findAll()) {
            if (!periodes.existsByPays(p)) {
                periodes.save(new PaysCategorieCad(
                        p,
                        liste.getOrDefault(p.getCodeAlpha2(), p.getCategorieCad()),
                        LISTE_2024_DEBUT,
                        ReferentialSeeder.CAD_SOURCE,
                        null));
                added++;
            }
        }
        LocalDate today = LocalDate.now(clock);
        for (CSVRecord row : ReferenceCsv.readResource("/data/pays-cad-changements.csv")) {
            Pays p = pays.findByCodeAlpha2(row.get("alpha2"))
                    .orElseThrow(() -> new IllegalStateException(
                            "Unknown country in pays-cad-changements.csv: " + row.get("alpha2")));
            LocalDate date = LocalDate.parse(row.get("date_effet"));
            if (periodes.existsByPaysAndDateEffet(p, date)) {
                continue;
            }
            CategorieCad avant = periodes.findFirstByPaysCodeAlpha2AndDateEffetLessThanEqualOrderByDateEffetDesc(
                            p.getCodeAlpha2(), date)
                    .map(PaysCategorieCad::getCategorie)
                    .orElse(p.getCategorieCad());
            CategorieCad apres = CategorieCad.valueOf(row.get("categorie_cad"));
            periodes.save(new PaysCategorieCad(p, apres, date, row.get("liste"), ReferenceCsv.value(row, "motif")));
            added++;
            if (!date.isAfter(today) && p.getCategorieCad() == avant) {
                p.setCategorieCad(apres);
                p.setCategorieCadAnnee(date.getYear());
            }
        }
        if (added > 0) {
            log.info("DAC categories: {} dated entries added", added);
        }
    }
}
