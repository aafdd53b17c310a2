package fr.coopdec.ficol;

import fr.coopdec.atlas.AtlasQueries;
import fr.coopdec.referential.CategorieCad;
import fr.coopdec.referential.CategorieCadQueries;
import fr.coopdec.referential.CategorieEnVigueur;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a file against the rules in force on its submission date (today for a draft) and explains
 * each in a sentence. The financing plan must add up to the budget; the same expense claimed from
 * AFD-FICOL and a DAECT call gives a warning (it does not block: AFD decides); an AFD line on an
 * expense a DAECT call already funds fails ({@link ComplementariteDaect}).
 */
@Service
class EligibiliteService {

    private final RegleService regles;
    private final FicolDossierRepository dossiers;
    private final Clock clock;
    private final AtlasQueries atlasQueries;
    private final CategorieCadQueries categoriesCad;
    private final ComplementariteDaect complementarite;

    EligibiliteService(
            RegleService regles,
            FicolDossierRepository dossiers,
            Clock clock,
            AtlasQueries atlasQueries,
            CategorieCadQueries categoriesCad,
            ComplementariteDaect complementarite) {
        this.categoriesCad = categoriesCad;
        this.complementarite = complementarite;
        this.atlasQueries = atlasQueries;
        this.regles = regles;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Eligibilite evaluer(FicolDossier dossier) {
        LocalDate date = dossier.getDateDepot() != null ? dossier.getDateDepot() : LocalDate.now(clock);
        List<Verdict> verdicts = new ArrayList<>();
        pays(dossier, date, verdicts);
        subvention(dossier, date, verdicts);
        partPropre(dossier, date, verdicts);
        rapports(dossier, date, verdicts);
        plan(dossier, verdicts);
        doubleFinancement(dossier, verdicts);
        complementarite.verifier(dossier, verdicts);
        return new Eligibilite(date, verdicts);
    }

    private void pays(FicolDossier dossier, LocalDate date, List<Verdict> out) {
        if (dossier.getPays() == null) {
            return;
        }
        regles.enVigueur(CodeRegle.CATEGORIES_CAD, date).ifPresent(regle -> {
            Set<CategorieCad> eligibles = RegleService.parseCategories(regle.getValeur());
            // the list in force on the submission date: a file judged under an earlier list keeps its verdict
            CategorieEnVigueur enVigueur = categoriesCad
                    .enVigueur(dossier.getPays().getCodeAlpha2(), date)
                    .orElseThrow();
            String liste =
                    enVigueur.motif() == null ? enVigueur.liste() : enVigueur.liste() + " ; " + enVigueur.motif();
            String source = regle.getCommentaire() == null ? "" : " (" + regle.getCommentaire() + ")";
            out.add(
                    eligibles.contains(enVigueur.categorie())
                            ? Verdict.conforme(
                                    "ficol.eligibilite.pays.ok", dossier.getPays(), enVigueur.categorie(), date, liste)
                            : Verdict.nonConforme(
                                    "ficol.eligibilite.pays.ko",
                                    dossier.getPays(),
                                    enVigueur.categorie(),
                                    List.copyOf(eligibles),
                                    date,
                                    liste,
                                    source));
        });
    }

    private void subvention(FicolDossier dossier, LocalDate date, List<Verdict> out) {
        BigDecimal demande = dossier.totalSource(SourcePlan.AFD_FICOL);
        BigDecimal min = regles.nombre(CodeRegle.SUBVENTION_MIN, date).orElse(BigDecimal.ZERO);
        BigDecimal max = regles.nombre(CodeRegle.SUBVENTION_MAX, date).orElse(null);
        boolean ok = demande.compareTo(min) >= 0 && (max == null || demande.compareTo(max) <= 0);
        out.add(
                ok
                        ? Verdict.conforme("ficol.eligibilite.subvention.ok", demande, min, max == null ? "" : max)
                        : Verdict.nonConforme("ficol.eligibilite.subvention.ko", demande, min, max == null ? "" : max));
    }

    private void partPropre(FicolDossier dossier, LocalDate date, List<Verdict> out) {
        BigDecimal budget = dossier.getBudgetTotal();
        if (budget == null || budget.signum() <= 0) {
            return;
        }
        regles.nombre(CodeRegle.PART_PROPRE_MIN, date).ifPresent(minimum -> {
            BigDecimal pourcent = dossier.totalSource(SourcePlan.COLLECTIVITE)
                    .multiply(BigDecimal.valueOf(100))
                    .divide(budget, 1, RoundingMode.DOWN);
            out.add(
                    pourcent.compareTo(minimum) >= 0
                            ? Verdict.conforme(
                                    "ficol.eligibilite.part-propre.ok",
                                    pourcent.stripTrailingZeros().toPlainString(),
                                    minimum.stripTrailingZeros().toPlainString())
                            : Verdict.nonConforme(
                                    "ficol.eligibilite.part-propre.ko",
                                    pourcent.stripTrailingZeros().toPlainString(),
                                    minimum.stripTrailingZeros().toPlainString()));
        });
    }

    private void rapports(FicolDossier dossier, LocalDate date, List<Verdict> out) {
        if (dossier.getChefDeFile() == null) {
            return;
        }
        regles.nombre(CodeRegle.RAPPORT_FINAL_A_JOUR, date).ifPresent(grace -> {
            LocalDate limite = date.minusDays(grace.longValue());
            long self = dossier.getId() == null ? -1 : dossier.getId();
            List<FicolDossier> enRetard =
                    dossiers.findRapportFinalEnRetard(dossier.getChefDeFile().getId(), self, limite);
            List<AtlasQueries.RapportManquant> daect =
                    atlasQueries.rapportsDaectEnRetard(dossier.getChefDeFile().getId(), limite);
            if (enRetard.isEmpty() && daect.isEmpty()) {
                out.add(Verdict.conforme(
                        "ficol.eligibilite.rapports.ok", dossier.getChefDeFile().getNom()));
            } else if (enRetard.isEmpty()) {
                out.add(Verdict.nonConforme(
                        "ficol.eligibilite.rapports.daect.ko",
                        dossier.getChefDeFile().getNom(),
                        daect.get(0).titre(),
                        daect.get(0).attenduLe()));
            } else {
                FicolDossier premier = enRetard.get(0);
                out.add(Verdict.nonConforme(
                        "ficol.eligibilite.rapports.ko",
                        dossier.getChefDeFile().getNom(),
                        premier.getIntitule(),
                        premier.getEcheanceRapportFinal()));
            }
        });
    }

    private static void plan(FicolDossier dossier, List<Verdict> out) {
        BigDecimal budget = dossier.getBudgetTotal() == null ? BigDecimal.ZERO : dossier.getBudgetTotal();
        BigDecimal total = dossier.totalPlan();
        out.add(
                total.compareTo(budget) == 0
                        ? Verdict.conforme("ficol.eligibilite.plan.ok", total)
                        : Verdict.nonConforme(
                                "ficol.eligibilite.plan.ko",
                                total,
                                budget,
                                total.subtract(budget).abs()));
    }

    private static void doubleFinancement(FicolDossier dossier, List<Verdict> out) {
        Function<LignePlan, String> key = l -> l.getDepense().trim().toLowerCase(Locale.ROOT);
        Map<String, Set<SourcePlan>> sources = dossier.getLignes().stream()
                .collect(Collectors.groupingBy(key, Collectors.mapping(LignePlan::getSource, Collectors.toSet())));
        dossier.getLignes().stream()
                .filter(l -> l.getSource() == SourcePlan.AFD_FICOL
                        && sources.get(key.apply(l)).contains(SourcePlan.DAECT))
                .map(LignePlan::getDepense)
                .distinct()
                .forEach(depense -> out.add(Verdict.avertissement("ficol.eligibilite.double-financement", depense)));
    }
}
