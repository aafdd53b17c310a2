package fr.coopdec.referential;

/** Criteria of the foreign authorities list; null fields do not filter. */
public record CollectivitePartenaireFilter(String text, Long paysId, NiveauCollectivitePartenaire niveau) {

    public static CollectivitePartenaireFilter text(String text) {
        return new CollectivitePartenaireFilter(text, null, null);
    }
}
