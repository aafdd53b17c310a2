package fr.coopdec.ficol;

/** The list of files: null fields do not filter. */
public record FicolFilter(StatutDossier statut, String texte) {

    public static FicolFilter all() {
        return new FicolFilter(null, null);
    }
}
