package fr.coopdec.assises;

/** Progress of an event's follow-up actions, shown on its public page. */
public record Avancement(long total, long faites, long enCours) {

    public int pourcentage() {
        return total == 0 ? 0 : (int) Math.round(100.0 * faites / total);
    }
}
