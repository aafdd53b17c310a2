package fr.coopdec.referential;

/** Criteria of the countries list; null fields do not filter. */
public record PaysFilter(String text, ZoneMonde zone, CategorieCad categorieCad) {

    public static PaysFilter none() {
        return new PaysFilter(null, null, null);
    }
}
