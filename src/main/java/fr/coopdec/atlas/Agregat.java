package fr.coopdec.atlas;

import java.util.Locale;

/** One bar of a chart or one country of the map: a key, its labels, and how many partnerships. */
public record Agregat(String cle, String libelleFr, String libelleEn, long nombre) {

    public String libelle(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) && libelleEn != null ? libelleEn : libelleFr;
    }
}
