package fr.coopdec.ficol;

import java.time.LocalDate;
import java.util.List;

/** The eligibility of a file on a date, rule by rule. */
public record Eligibilite(LocalDate dateReference, List<Verdict> verdicts) {

    public boolean eligible() {
        return verdicts.stream().noneMatch(v -> v.niveau() == Verdict.Niveau.NON_CONFORME);
    }

    public List<Verdict> nonConformes() {
        return verdicts.stream()
                .filter(v -> v.niveau() == Verdict.Niveau.NON_CONFORME)
                .toList();
    }

    public List<Verdict> avertissements() {
        return verdicts.stream()
                .filter(v -> v.niveau() == Verdict.Niveau.AVERTISSEMENT)
                .toList();
    }
}
