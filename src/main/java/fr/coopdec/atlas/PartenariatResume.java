package fr.coopdec.atlas;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** One line of the Atlas search: what the list, the API and the CSV export show of a partnership. */
public record PartenariatResume(
        long id,
        String intitule,
        String paysCode,
        String paysNomFr,
        String paysNomEn,
        StatutPartenariat statut,
        NaturePartenariat nature,
        int anneeDebut,
        Integer anneeFin,
        Instant derniereMiseAJour,
        List<String> collectivitesFrancaises,
        List<String> collectivitesPartenaires,
        List<String> thematiqueCodes,
        int nombreProjets) {

    public String paysNom(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? paysNomEn : paysNomFr;
    }
}
