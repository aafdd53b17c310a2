package fr.coopdec.referential;

import java.time.LocalDate;

/**
 * A country's DAC category on a date, with the list it comes from and since when it applies;
 * {@code motif} says why it changed during the list's life (null for the list's own entry).
 */
public record CategorieEnVigueur(
        String paysCode, CategorieCad categorie, LocalDate depuis, String liste, String motif) {

    static CategorieEnVigueur of(String paysCode, PaysCategorieCad row) {
        return new CategorieEnVigueur(paysCode, row.getCategorie(), row.getDateEffet(), row.getListe(), row.getMotif());
    }
}
