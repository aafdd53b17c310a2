package fr.coopdec.ficol;

import fr.coopdec.atlas.AtlasQueries;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.atlas.PartenariatFilter;
import fr.coopdec.atlas.PartenariatResume;
import fr.coopdec.atlas.PartenariatService;
import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.referential.TypeCollectiviteFrancaise;
import fr.coopdec.shared.crossmodule.CategorieDepense;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * About forty FICOL files in every state, on the demo Atlas partnerships (Lyon's first, so that the
 * demo authority account has files, and Benin's for the embassy post). Deterministic (fixed seed),
 * written in one transaction with JDBC batching.
 */
@Component
public class FicolDemoGenerator {

    /** States and how many files in each; a VERSEMENTS file with an overdue report is among them. */
    private static final Map<StatutDossier, Integer> ETATS = new LinkedHashMap<>();

    static {
        ETATS.put(StatutDossier.BROUILLON, 5);
        ETATS.put(StatutDossier.DEPOSE, 4);
        ETATS.put(StatutDossier.ELIGIBILITE, 3);
        ETATS.put(StatutDossier.INSTRUCTION, 4);
        ETATS.put(StatutDossier.COMITE, 3);
        ETATS.put(StatutDossier.ACCORDE, 2);
        ETATS.put(StatutDossier.CONVENTION_SIGNEE, 3);
        ETATS.put(StatutDossier.VERSEMENTS, 7);
        ETATS.put(StatutDossier.RAPPORT_FINAL, 2);
        ETATS.put(StatutDossier.CLOS, 3);
        ETATS.put(StatutDossier.INELIGIBLE, 2);
        ETATS.put(StatutDossier.REFUSE, 2);
    }

    private static final List<String> PAYS =
            List.of("BJ", "SN", "MG", "BF", "MA", "VN", "CM", "TN", "HT", "ML", "LB", "KH");
    private static final List<String> PROJETS = List.of(
            "Accès à l’eau potable et assainissement",
            "Gestion des déchets ménagers",
            "Appui à la maîtrise d’ouvrage communale",
            "Électrification solaire des écoles",
            "Mobilité urbaine et plan de déplacements",
            "Valorisation du patrimoine et tourisme durable",
            "Sécurité alimentaire et circuits courts",
            "État civil et modernisation des services",
            "Adaptation au changement climatique",
            "Santé communautaire et centres de santé");
    private static final String AUTEUR = "demo@coopdec.fr";

    private final FicolDossierRepository dossiers;
    private final JournalRepository journal;
    private final AtlasQueries atlas;
    private final PartenariatService partenariats;
    private final ReferentialQueries referential;

    private final Clock clock;

    FicolDemoGenerator(
            FicolDossierRepository dossiers,
            JournalRepository journal,
            AtlasQueries atlas,
            PartenariatService partenariats,
            ReferentialQueries referential,
            Clock clock) {
        this.clock = clock;
        this.dossiers = dossiers;
        this.journal = journal;
        this.atlas = atlas;
        this.partenariats = partenariats;
        this.referential = referential;
    }

    public boolean present() {
        return dossiers.count() > 0;
    }

    /** Creates the files; returns how many (0 when the Atlas has no suitable partnership). */
    @Transactional
    public int generer(LocalDate today) {
        List<Partenariat> candidats = candidats();
        if (candidats.isEmpty()) {
            return 0;
        }
        List<Partenariat> lyon = lyon();
        List<Partenariat> lyonEligibles = lyon.stream()
                .filter(p -> p.getPays().getCategorieCad().isOdaRecipient())
                .toList();
        List<Partenariat> lyonHorsListe = lyon.stream()
                .filter(p -> !p.getPays().getCategorieCad().isOdaRecipient())
                .toList();
        Random random = new Random(42);
        List<FicolDossier> crees = new ArrayList<>();
        List<JournalEntry> entrees = new ArrayList<>();
        int n = 0;
        for (Map.Entry<StatutDossier, Integer> etat : ETATS.entrySet()) {
            for (int i = 0; i < etat.getValue(); i++, n++) {
                Partenariat p = candidats.get(n % candidats.size());
                // One file in four belongs to the demo authority (Lyon), a draft or an ineligible one off the DAC list.
                boolean brouillonOuIneligible =
                        etat.getKey() == StatutDossier.BROUILLON || etat.getKey() == StatutDossier.INELIGIBLE;
                if (n % 4 == 0 && brouillonOuIneligible && !lyonHorsListe.isEmpty() && i == 0) {
                    p = lyonHorsListe.get(0);
                } else if (n % 4 == 0 && !lyonEligibles.isEmpty()) {
                    p = lyonEligibles.get((n / 4) % lyonEligibles.size());
                }
                FicolDossier d = dossier(p, n, etat.getKey() == StatutDossier.INELIGIBLE, random);
                crees.add(d);
                avancer(d, etat.getKey(), today.minusDays(40L * (crees.size() % 30) + 20), today, n, random);
            }
        }
        dossiers.saveAll(crees);
        for (FicolDossier d : crees) {
            journaliser(d, entrees, LocalDate.now(clock));
        }
        journal.saveAll(entrees);
        return crees.size();
    }

    private List<Partenariat> lyon() {
        return referential.findCollectiviteFrancaise(TypeCollectiviteFrancaise.COMMUNE, "69123").stream()
                .flatMap(lyon -> atlas
                        .search(
                                PartenariatFilter.builder()
                                        .collectiviteFrancaise(lyon.getId())
                                        .build(),
                                PageRequest.of(0, 10, Sort.by("id")))
                        .stream())
                .map(r -> partenariats.findDetail(r.id()))
                .flatMap(java.util.Optional::stream)
                .toList();
    }

    private List<Partenariat> candidats() {
        List<Long> ids = new ArrayList<>();
        for (String pays : PAYS) {
            atlas.search(PartenariatFilter.builder().pays(pays).build(), PageRequest.of(0, 3, Sort.by("id")))
                    .map(PartenariatResume::id)
                    .forEach(id -> {
                        if (!ids.contains(id)) {
                            ids.add(id);
                        }
                    });
        }
        return ids.stream()
                .map(partenariats::findDetail)
                .flatMap(java.util.Optional::stream)
                .filter(p -> !p.getCollectivitesFrancaises().isEmpty())
                .toList();
    }

    private static FicolDossier dossier(Partenariat p, int n, boolean partBasse, Random random) {
        CollectiviteFrancaise chef = p.getCollectivitesFrancaises().stream()
                .filter(c -> "69123".equals(c.getCode()))
                .findFirst()
                .orElse(p.getCollectivitesFrancaises().iterator().next());
        String partenaire = p.getCollectivitesPartenaires().isEmpty()
                ? p.getPays().getNomFr()
                : p.getCollectivitesPartenaires().iterator().next().getNom();
        long afd = 200_000 + 50_000L * random.nextInt(20);
        // Ineligible files keep a 25 % own share; the others 30 to 45 %.
        int pourcent = partBasse ? 25 : 30 + 5 * random.nextInt(4);
        long budget = Math.round(afd / (1 - pourcent / 100.0 - 0.05) / 1000) * 1000;
        long propre = budget * pourcent / 100;
        long autre = budget - afd - propre;
        FicolDossier d = new FicolDossier(
                PROJETS.get(n % PROJETS.size()) + " – " + partenaire,
                p.getId(),
                chef,
                24 + 6 * random.nextInt(5),
                BigDecimal.valueOf(budget));
        d.setPays(p.getPays());
        d.setThematiques(p.getThematiques());
        d.setResultatsAttendus("Services de base améliorés pour la population ; équipes municipales formées ; "
                + "outils de suivi partagés entre les deux collectivités.");
        int annee = 2023 + n % 4;
        d.addLigne(new LignePlan(
                SourcePlan.AFD_FICOL,
                null,
                annee,
                CategorieDepense.TRAVAUX,
                "Investissements",
                BigDecimal.valueOf(afd / 2)));
        d.addLigne(new LignePlan(
                SourcePlan.AFD_FICOL,
                null,
                annee + 1,
                CategorieDepense.FORMATION,
                "Formation et assistance technique",
                BigDecimal.valueOf(afd - afd / 2)));
        d.addLigne(new LignePlan(
                SourcePlan.COLLECTIVITE,
                chef.getNom(),
                annee,
                CategorieDepense.EXPERTISE,
                "Expertise des services",
                BigDecimal.valueOf(propre)));
        if (autre > 0) {
            SourcePlan source =
                    n % 5 == 0 ? SourcePlan.DAECT : n % 2 == 0 ? SourcePlan.UNION_EUROPEENNE : SourcePlan.AUTRE;
            // Every fifth file claims its training from DAECT too: the double-funding warning shows.
            d.addLigne(new LignePlan(
                    source,
                    null,
                    annee + 1,
                    source == SourcePlan.DAECT ? CategorieDepense.FORMATION : CategorieDepense.COMMUNICATION,
                    source == SourcePlan.DAECT ? "Formation et assistance technique" : "Communication et évaluation",
                    BigDecimal.valueOf(autre)));
        }
        d.updateMontantDemande();
        return d;
    }

    /**
     * Moves a file to its state with a past that has happened: committee, agreement, tranches, reports
     * and closing all dated on or before today and in that order. An engaged file is submitted long
     * enough ago for its history to fit ({@link #moisHistoire}); the demo authority (Lyon) keeps its
     * reports on time, so that it may still apply; others may be late.
     */
    private static void avancer(
            FicolDossier d, StatutDossier cible, LocalDate depotRecent, LocalDate today, int n, Random random) {
        d.setStatut(cible);
        if (cible == StatutDossier.BROUILLON) {
            return;
        }
        LocalDate depot = cible.isEngage() || cible == StatutDossier.REFUSE
                ? today.minusMonths(moisHistoire(cible, d)).minusDays(15L + 10L * (n % 8))
                : depotRecent;
        d.setDateDepot(depot);
        if (cible == StatutDossier.INELIGIBLE) {
            d.setMotif(
                    d.getPays().getCategorieCad().isOdaRecipient()
                            ? "La part propre des collectivités ne représente que 25 % du budget ; il en faut au moins 30 %."
                            : d.getPays().getNomFr()
                                    + " ne figure pas sur la liste CAD des bénéficiaires de l’APD : le FICOL ne finance que les pays PMA, autres à faible revenu, PRITI et PRITS.");
            return;
        }
        if (cible == StatutDossier.REFUSE) {
            d.setDateComite(depot.plusMonths(3));
            d.setMotif("Projet déjà largement financé par l’Union européenne sur la même période.");
            return;
        }
        if (!cible.isEngage()) {
            return;
        }
        d.setDateComite(depot.plusMonths(3));
        d.setMontantAccorde(d.getMontantDemande()
                .multiply(BigDecimal.valueOf(90 + 5 * random.nextInt(3)))
                .divide(BigDecimal.valueOf(100))
                .setScale(0, java.math.RoundingMode.DOWN));
        if (cible == StatutDossier.ACCORDE) {
            return;
        }
        boolean lyon = "69123".equals(d.getChefDeFile().getCode());
        LocalDate signature = depot.plusMonths(4);
        d.setDateSignature(signature);
        d.setEcheanceRapportFinal(signature.plusMonths(d.getDureeMois() + 6L));
        if (cible == StatutDossier.CONVENTION_SIGNEE) {
            return;
        }
        BigDecimal moitie = d.getMontantAccorde().divide(BigDecimal.valueOf(2), 0, java.math.RoundingMode.DOWN);
        Tranche premiere = d.addTranche(moitie, signature.plusMonths(1), signature.plusMonths(13));
        boolean enRetard = cible == StatutDossier.VERSEMENTS && n % 3 == 1 && !lyon;
        if (!enRetard) {
            premiere.setRapportRecuLe(signature.plusMonths(12));
            premiere.setRapportApprouveLe(signature.plusMonths(13));
        }
        if (cible == StatutDossier.VERSEMENTS && !enRetard && n % 2 == 0
                || cible == StatutDossier.RAPPORT_FINAL
                || cible == StatutDossier.CLOS) {
            Tranche seconde = d.addTranche(
                    d.getMontantAccorde().subtract(moitie), signature.plusMonths(14), signature.plusMonths(26));
            seconde.setRapportRecuLe(signature.plusMonths(25));
            seconde.setRapportApprouveLe(signature.plusMonths(26));
        }
        if (cible == StatutDossier.RAPPORT_FINAL || cible == StatutDossier.CLOS) {
            d.setRapportFinalRecuLe(d.getEcheanceRapportFinal().minusDays(10));
        }
        if (cible == StatutDossier.CLOS) {
            d.setDateCloture(d.getEcheanceRapportFinal().plusDays(20));
        }
    }

    /** Months from submission to the last event of a file in that state (committee 3, agreement 4, ...). */
    private static long moisHistoire(StatutDossier cible, FicolDossier d) {
        return switch (cible) {
            case REFUSE, ACCORDE -> 3;
            case CONVENTION_SIGNEE -> 4;
            case VERSEMENTS -> 4 + 26;
            case RAPPORT_FINAL -> 4 + Math.max(26, d.getDureeMois() + 6L);
            default ->
                4 + Math.max(26, d.getDureeMois() + 7L); // CLOS: closed 20 days after the final report's due date
        };
    }

    private static void journaliser(FicolDossier d, List<JournalEntry> out, LocalDate today) {
        out.add(entree(
                d,
                d.getDateDepot() == null ? today : d.getDateDepot().minusDays(15),
                "creation",
                StatutDossier.BROUILLON,
                null));
        if (d.getDateDepot() != null) {
            out.add(entree(d, d.getDateDepot(), "depot", StatutDossier.DEPOSE, null));
        }
        if (d.getStatut().ordinal() >= StatutDossier.INSTRUCTION.ordinal()
                && d.getStatut() != StatutDossier.INELIGIBLE) {
            out.add(entree(d, d.getDateDepot().plusDays(20), "instruction", StatutDossier.INSTRUCTION, null));
            out.add(entree(
                    d,
                    d.getDateDepot().plusDays(45),
                    "note",
                    StatutDossier.INSTRUCTION,
                    "Partenariat ancien et actif ; capacité de maîtrise d’ouvrage vérifiée avec le poste."));
        }
        if (d.getStatut() == StatutDossier.INELIGIBLE) {
            out.add(entree(d, d.getDateDepot().plusDays(20), "ineligible", StatutDossier.INELIGIBLE, d.getMotif()));
        }
        if (d.getDateComite() != null) {
            out.add(entree(
                    d,
                    d.getDateComite(),
                    d.getStatut() == StatutDossier.REFUSE ? "refus" : "accord",
                    d.getStatut() == StatutDossier.REFUSE ? StatutDossier.REFUSE : StatutDossier.ACCORDE,
                    d.getStatut() == StatutDossier.REFUSE
                            ? d.getMotif()
                            : VerdictTexts.euros(d.getMontantAccorde(), java.util.Locale.FRENCH)));
        }
        if (d.getDateSignature() != null) {
            out.add(entree(d, d.getDateSignature(), "convention", StatutDossier.CONVENTION_SIGNEE, null));
        }
        for (Tranche t : d.getTranches()) {
            out.add(entree(
                    d,
                    t.getDateVersement(),
                    "versement",
                    StatutDossier.VERSEMENTS,
                    t.getNumero() + " — " + VerdictTexts.euros(t.getMontant(), java.util.Locale.FRENCH)));
        }
        if (d.getDateCloture() != null) {
            out.add(entree(d, d.getDateCloture(), "cloture", StatutDossier.CLOS, null));
        }
    }

    private static JournalEntry entree(
            FicolDossier d, LocalDate date, String action, StatutDossier statut, String texte) {
        Instant quand = date.atTime(10, 0).toInstant(ZoneOffset.UTC);
        return new JournalEntry(d.getId(), quand, AUTEUR, action, statut, texte);
    }
}
