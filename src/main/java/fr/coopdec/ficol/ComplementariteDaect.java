package fr.coopdec.ficol;

import fr.coopdec.shared.crossmodule.DaectFundedExpenses;
import fr.coopdec.shared.crossmodule.DaectFundedExpenses.FundedExpense;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * FICOL complements DAECT's calls for projects: AFD may not fund an expense a DAECT call already funds
 * on the same partnership. Two plan lines are the same expense when they have the same category and
 * the same year; each overlap is explained (which expense, which year, which call and application).
 * The calls module provides the funded expenses ({@link DaectFundedExpenses}); without it, or on a
 * partnership without DAECT grants, nothing is said.
 */
@Component
class ComplementariteDaect {

    private final List<DaectFundedExpenses> sources;

    ComplementariteDaect(List<DaectFundedExpenses> sources) {
        this.sources = sources;
    }

    void verifier(FicolDossier dossier, List<Verdict> out) {
        if (dossier.getPartenariatId() == null) {
            return;
        }
        List<FundedExpense> financees = sources.stream()
                .flatMap(s -> s.forPartnership(dossier.getPartenariatId()).stream())
                .toList();
        if (financees.isEmpty()) {
            return;
        }
        List<LignePlan> afd = dossier.getLignes().stream()
                .filter(l -> l.getSource() == SourcePlan.AFD_FICOL)
                .toList();
        boolean chevauchement = false;
        for (LignePlan ligne : afd) {
            if (ligne.getCategorie() == null) {
                out.add(Verdict.avertissement("ficol.eligibilite.daect.sans-categorie", ligne.getDepense()));
                continue;
            }
            for (FundedExpense f : financees) {
                if (f.categorie() == ligne.getCategorie() && f.annee() == ligne.getAnnee()) {
                    chevauchement = true;
                    out.add(Verdict.nonConforme(
                            "ficol.eligibilite.daect.chevauchement",
                            ligne.getDepense(),
                            f.categorie(),
                            String.valueOf(f.annee()),
                            f.depense(),
                            f.candidature(),
                            f.appel(),
                            f.montantDaect()));
                }
            }
        }
        if (!chevauchement) {
            out.add(Verdict.conforme("ficol.eligibilite.daect.ok", financees.size()));
        }
    }
}
