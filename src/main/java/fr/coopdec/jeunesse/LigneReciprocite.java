package fr.coopdec.jeunesse;

/** Mobilities sent abroad and hosted in France for one key (a year, a country, a partnership). */
public record LigneReciprocite(String cle, String libelle, long envoyes, long accueillis) {

    /** Sent minus hosted: positive when more young people left than came. */
    public long solde() {
        return envoyes - accueillis;
    }

    public long total() {
        return envoyes + accueillis;
    }
}
