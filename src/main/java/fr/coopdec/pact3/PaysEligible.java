package fr.coopdec.pact3;

import java.util.Locale;

/** A country where a PACT3 mission may go: few active Atlas partnerships. */
public record PaysEligible(String code, String nomFr, String nomEn, long partenariatsActifs) {

    public String nom(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nomEn : nomFr;
    }
}
