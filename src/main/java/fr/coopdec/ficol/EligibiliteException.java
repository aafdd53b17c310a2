package fr.coopdec.ficol;

import fr.coopdec.shared.BusinessException;
import java.util.Locale;
import java.util.stream.Collectors;

/** A file that does not meet the rules cannot go further; the message lists why, in sentences. */
public class EligibiliteException extends BusinessException {

    private final transient Eligibilite eligibilite;

    EligibiliteException(Eligibilite eligibilite) {
        super("ficol.depot.refuse", motifs(eligibilite, Locale.FRENCH));
        this.eligibilite = eligibilite;
    }

    public Eligibilite getEligibilite() {
        return eligibilite;
    }

    static String motifs(Eligibilite eligibilite, Locale locale) {
        return eligibilite.nonConformes().stream()
                .map(v -> VerdictTexts.texte(v, locale))
                .collect(Collectors.joining(" "));
    }
}
