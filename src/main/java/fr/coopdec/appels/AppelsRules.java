package fr.coopdec.appels;

import fr.coopdec.shared.BusinessException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The rules of calls and financing plans, without Spring or database (plain unit tests). */
final class AppelsRules {

    private AppelsRules() {}

    /** A call DAECT may save: a kind opened here, coherent years and dates, a positive envelope. */
    static void verifierAppel(AppelDaect appel) {
        if (appel.getType() == TypeAppel.JEUNESSE) {
            throw new BusinessException("appels.appel.jeunesse-ailleurs");
        }
        if (appel.getAnneeFin() < appel.getAnneeDebut()) {
            throw new BusinessException("appels.appel.annees-inversees");
        }
        int annees = appel.getAnneeFin() - appel.getAnneeDebut() + 1;
        if (appel.getType().annees() > 0 && annees != appel.getType().annees()) {
            throw new BusinessException(
                    "appels.appel.annees-type",
                    appel.getType().annees(),
                    String.valueOf(appel.getAnneeDebut()),
                    String.valueOf(appel.getAnneeFin()));
        }
        if (appel.getType() == TypeAppel.THEMATIQUE && appel.getThematique() == null) {
            throw new BusinessException("appels.appel.thematique-requise");
        }
        if (appel.getDateCloture().isBefore(appel.getDateOuverture())) {
            throw new BusinessException("appels.appel.dates-inversees");
        }
        if (appel.getBudget() == null || appel.getBudget().signum() <= 0) {
            throw new BusinessException("appels.appel.budget-positif");
        }
    }

    /**
     * A plan an authority may submit: at least one line, each spent within the call's years, its DAECT
     * share between 0 and its cost, and some money asked from DAECT.
     */
    static void verifierPlan(CandidatureDaect candidature) {
        AppelDaect appel = candidature.getAppel();
        if (candidature.getLignes().isEmpty()) {
            throw new BusinessException("appels.plan.vide");
        }
        for (LigneFinancementDaect ligne : candidature.getLignes()) {
            if (ligne.getAnnee() < appel.getAnneeDebut() || ligne.getAnnee() > appel.getAnneeFin()) {
                throw new BusinessException(
                        "appels.plan.annee-hors-appel",
                        ligne.getDepense(),
                        String.valueOf(ligne.getAnnee()),
                        String.valueOf(appel.getAnneeDebut()),
                        String.valueOf(appel.getAnneeFin()));
            }
            if (ligne.getCout().signum() <= 0
                    || ligne.getPartDaect().signum() < 0
                    || ligne.getPartDaect().compareTo(ligne.getCout()) > 0) {
                throw new BusinessException("appels.plan.part-superieure", ligne.getDepense());
            }
        }
        if (candidature.totalDaect().signum() <= 0) {
            throw new BusinessException("appels.plan.sans-daect");
        }
    }

    /** A day as French sentences write it in messages ("05/12/2026"). */
    static String jour(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date);
    }

    /** A grant: positive, at most what was asked, within what is left of the envelope. */
    static void verifierMontant(BigDecimal montant, BigDecimal demande, BigDecimal budget, BigDecimal engage) {
        if (montant == null || montant.signum() <= 0) {
            throw new BusinessException("appels.decision.montant-positif");
        }
        if (montant.compareTo(demande) > 0) {
            throw new BusinessException("appels.decision.montant-superieur", montant, demande);
        }
        BigDecimal reste = budget.subtract(engage);
        if (montant.compareTo(reste) > 0) {
            throw new BusinessException("appels.decision.enveloppe-depassee", montant, reste, budget);
        }
    }
}
