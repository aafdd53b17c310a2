package fr.coopdec.atlas.demo;

import fr.coopdec.shared.db.SequenceIds;
import fr.coopdec.atlas.demo.DemoReferential.Authority;
import fr.coopdec.atlas.demo.DemoReferential.Country;
import fr.coopdec.atlas.demo.DemoReferential.French;
import fr.coopdec.atlas.demo.DemoReferential.Theme;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The rows of a chunk of demo partnerships, one list per table, ready for JDBC batches. The numbers
 * are drawn to look like the real Atlas: mostly active partnerships, twinnings in Europe since the
 * 1960s, decentralised cooperation elsewhere since the 1980s, one to five projects each with a budget
 * of a few thousand to a few million euros, co-financed by DAECT, AFD, the EU and the authorities.
 */
final class DemoRows {

    private static final String[] ELUS = {"Maire", "Adjoint(e) au maire chargé(e) des relations internationales",
        "Vice-président(e) chargé(e) de l'international", "Conseiller(ère) délégué(e) à la coopération"};
    private static final String[] ACTIONS = {"Appui à", "Renforcement :", "Programme pilote :",
        "Projet intercommunal :", "Échanges d'expertise :", "Formation des agents :"};

    final List<Object[]> partenariats = new ArrayList<>();
    final List<Object[]> audits = new ArrayList<>();
    final List<Object[]> francaises = new ArrayList<>();
    final List<Object[]> etrangeres = new ArrayList<>();
    final List<Object[]> themes = new ArrayList<>();
    final List<Object[]> projets = new ArrayList<>();
    final List<Object[]> projetThemes = new ArrayList<>();
    final List<Object[]> cofinancements = new ArrayList<>();

    private final DemoReferential ref;
    private final Random random;
    private final String author;
    private final long revision;
    private final long now = System.currentTimeMillis();
    private final int thisYear = LocalDate.now().getYear();

    DemoRows(DemoReferential ref, Random random, String author, long revision) {
        this.ref = ref;
        this.random = random;
        this.author = author;
        this.revision = revision;
    }

    /** Draws one partnership and its projects. */
    void partenariat(SequenceIds partenariatIds, SequenceIds projetIds) {
        long id = partenariatIds.next();
        Country country = ref.countries.pick(random);
        Set<French> fr = new LinkedHashSet<>();
        int frCount = chance(0.85) ? 1 : chance(0.8) ? 2 : 3;
        while (fr.size() < frCount) {
            fr.add(ref.french.pick(random));
        }
        Set<Authority> etr = new LinkedHashSet<>();
        int etrCount = chance(0.85) || country.authorities().size() < 2 ? 1 : 2;
        while (etr.size() < etrCount) {
            etr.add(country.authorities().pick(random));
        }
        Set<Theme> th = new LinkedHashSet<>();
        int thCount = 1 + random.nextInt(3);
        while (th.size() < thCount) {
            th.add(ref.themes.get(random.nextInt(ref.themes.size())));
        }
        String nature = nature(country);
        int debut = country.europe()
                ? thisYear - (int) (66 * Math.pow(random.nextDouble(), 1.2))
                : thisYear - (int) (41 * Math.pow(random.nextDouble(), 1.8));
        double s = random.nextDouble();
        String statut = s < 0.62 ? "ACTIF" : s < 0.85 ? "EN_SOMMEIL" : "TERMINE";
        Integer fin = statut.equals("TERMINE") ? Math.min(thisYear - 1, debut + 2 + random.nextInt(14)) : null;
        French lead = fr.iterator().next();
        Authority partner = etr.iterator().next();
        String intitule = titre(nature) + " " + nom(lead) + " – " + partner.nom();
        String description = nom(lead) + " et " + partner.nom() + " (" + country.nomFr() + ") coopèrent depuis "
                + debut + " : " + String.join(", ", th.stream().map(t -> t.libelle().toLowerCase()).toList()) + ".";
        Timestamp updated = new Timestamp(now - (long) (random.nextDouble() * 8 * 365) * 86_400_000L);
        String elu = ELUS[random.nextInt(ELUS.length)];
        String technicien = "Chargé(e) de mission coopération internationale";
        partenariats.add(new Object[] {id, updated, author, updated, author, intitule, country.id(), nature, statut,
            debut, fin, description, elu, technicien, updated});
        audits.add(new Object[] {id, revision, updated, author, updated, author, intitule, country.id(), nature, statut,
            debut, fin, description, elu, technicien, updated});
        fr.forEach(f -> francaises.add(new Object[] {id, f.id()}));
        etr.forEach(e -> etrangeres.add(new Object[] {id, e.id()}));
        th.forEach(t -> themes.add(new Object[] {id, t.id()}));
        int projectCount = 1 + random.nextInt(5);
        List<Theme> themeList = List.copyOf(th);
        for (int i = 0; i < projectCount; i++) {
            projet(projetIds.next(), id, Math.max(debut, 1995), partner.nom(), themeList, updated);
        }
    }

    private void projet(long id, long partenariatId, int fromYear, String ville, List<Theme> th, Timestamp updated) {
        Theme theme = th.get(random.nextInt(th.size()));
        LocalDate debut = LocalDate.of(fromYear + random.nextInt(Math.max(1, thisYear - fromYear + 1)), 1, 1)
                .plusDays(random.nextInt(365));
        LocalDate fin = debut.plusMonths(12 + random.nextInt(37));
        LocalDate today = LocalDate.now();
        String statut = debut.isAfter(today) ? "IDENTIFICATION"
                : fin.isAfter(today) ? (chance(0.95) ? "MISE_EN_OEUVRE" : "SUSPENDU")
                : chance(0.7) ? "CLOTURE" : "ACHEVEMENT";
        long budget = Math.round(Math.min(3_000_000, Math.max(5_000,
                Math.exp(Math.log(60_000) + random.nextGaussian()))) / 100) * 100;
        String titre = ACTIONS[random.nextInt(ACTIONS.length)] + " " + theme.libelle().toLowerCase() + " à " + ville;
        String description = "Projet de " + ville + " et de ses partenaires français : "
                + theme.libelle().toLowerCase() + ", de " + debut.getYear() + " à " + fin.getYear() + ".";
        projets.add(new Object[] {id, updated, author, updated, author, partenariatId, titre, description, statut,
            Date.valueOf(debut), Date.valueOf(fin), BigDecimal.valueOf(budget)});
        projetThemes.add(new Object[] {id, theme.id()});
        long rest = budget;
        rest = cofinance(id, "DAECT", rest, chance(0.55) ? 0.1 + random.nextDouble() * 0.3 : 0, budget);
        rest = cofinance(id, "AFD_FICOL", rest, chance(0.12) ? 0.2 + random.nextDouble() * 0.3 : 0, budget);
        rest = cofinance(id, "UNION_EUROPEENNE", rest, chance(0.08) ? 0.3 + random.nextDouble() * 0.3 : 0, budget);
        rest = cofinance(id, "AUTRE", rest, chance(0.15) ? 0.05 + random.nextDouble() * 0.1 : 0, budget);
        cofinance(id, "COLLECTIVITES", rest, 1, rest);
    }

    private long cofinance(long projetId, String source, long rest, double share, long budget) {
        long amount = Math.min(rest, Math.round(budget * share / 100) * 100);
        if (amount > 0) {
            cofinancements.add(new Object[] {projetId, source, BigDecimal.valueOf(amount)});
        }
        return rest - amount;
    }

    private String nature(Country country) {
        double n = random.nextDouble();
        if (country.europe()) {
            return n < 0.7 ? "JUMELAGE" : n < 0.85 ? "COOPERATION_DECENTRALISEE" : n < 0.95 ? "ACCORD_COOPERATION" : "AUTRE";
        }
        return n < 0.7 ? "COOPERATION_DECENTRALISEE" : n < 0.85 ? "ACCORD_COOPERATION" : n < 0.95 ? "JUMELAGE" : "AUTRE";
    }

    private static String titre(String nature) {
        return switch (nature) {
            case "JUMELAGE" -> "Jumelage";
            case "ACCORD_COOPERATION" -> "Accord de coopération";
            case "COOPERATION_DECENTRALISEE" -> "Coopération décentralisée";
            default -> "Partenariat";
        };
    }

    private static String nom(French f) {
        return switch (f.type()) {
            case "REGION" -> "Région " + f.nom();
            case "DEPARTEMENT" -> "Département " + f.nom();
            default -> f.nom();
        };
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }
}
