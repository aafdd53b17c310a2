package fr.coopdec.ficol;

/** The list of files: null fields do not filter. */
public record FicolFilter(StatutDossier statut, String texte, Long paysId) {

    public FicolFilter(StatutDossier statut, String texte) {
        this(statut, texte, null);
    }

    public static FicolFilter all() {
        return new FicolFilter(null, null);
    }
}
