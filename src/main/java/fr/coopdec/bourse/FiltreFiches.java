package fr.coopdec.bourse;

import java.util.Set;

/** Criteria of the moderation queue and the catalogue; null fields do not filter. */
public record FiltreFiches(
        Set<StatutFiche> statuts, Origine origine, Sens sens, String texte, Long paysId, Long themeId) {

    public static FiltreFiches aucun() {
        return new FiltreFiches(null, null, null, null, null, null);
    }

    public FiltreFiches avecStatuts(Set<StatutFiche> s) {
        return new FiltreFiches(s, origine, sens, texte, paysId, themeId);
    }
}
