package fr.coopdec.atlas.demo;

import fr.coopdec.atlas.demo.DemoReferential.Authority;
import fr.coopdec.atlas.demo.DemoReferential.Country;
import fr.coopdec.atlas.demo.DemoReferential.French;
import fr.coopdec.atlas.demo.DemoReferential.Theme;
import fr.coopdec.shared.db.SequenceIds;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The rows of a chunk of demo partnerships, one list per table, ready for JDBC batches. The numbers
 * are drawn to look like the real Atlas: mostly active partnerships, twinnings in Europe since the
 * 1960s, decentralised cooperation elsewhere since the 1980s, one to five projects each with a budget
 * of a few thousand to a few million euros, co-financed by DAECT, AFD, the EU and the authorities.
 */
final class DemoRows {

    private static final String[] ELUS = {
        "Maire",
        "Adjoint(e) au maire chargé(e) des relations internationales",
        "Vice-président(e) chargé(e) de l'international",
        "Conseiller(ère) délégué(e) à la coopération"
    };
    /** How a project title begins; {@link #with} joins it to the theme's object in correct French. */
    private static final String[] ACTIONS = {
        "Appui à",
        "Renforcement de",
        "Programme pilote pour",
        "Échanges d’expertise sur",
        "Formation des agents à",
        "Projet intercommunal pour"
    };
    /** The object of each theme, with its article, for project titles ("Appui à l’eau potable"). */
    private static final Map<String, String> OBJETS = Map.ofEntries(
            Map.entry("DECENTRALISATION", "la décentralisation"),
            Map.entry("GOUVERNANCE_LOCALE", "l’administration communale"),
            Map.entry("DEMOCRATIE_SOCIETE_CIVILE", "la participation citoyenne"),
            Map.entry("EAU_ASSAINISSEMENT", "l’eau potable et l’assainissement"),
            Map.entry("DECHETS", "la gestion des déchets"),
            Map.entry("DEVELOPPEMENT_URBAIN", "l’aménagement urbain"),
            Map.entry("DEVELOPPEMENT_RURAL", "le développement rural"),
            Map.entry("AGRICULTURE", "l’agriculture familiale"),
            Map.entry("SECURITE_ALIMENTAIRE", "la sécurité alimentaire"),
            Map.entry("ENVIRONNEMENT", "la protection de la biodiversité"),
            Map.entry("CLIMAT_ENERGIE", "l’efficacité énergétique"),
            Map.entry("ENERGIES_RENOUVELABLES", "les énergies renouvelables"),
            Map.entry("RISQUES_CATASTROPHES", "la prévention des risques"),
            Map.entry("CULTURE", "la culture et le patrimoine"),
            Map.entry("SPORT", "le sport pour tous"),
            Map.entry("JEUNESSE_SERVICES_SOCIAUX", "les services à la jeunesse"),
            Map.entry("EGALITE_FEMMES_HOMMES", "l’égalité femmes-hommes"),
            Map.entry("TOURISME", "le tourisme durable"),
            Map.entry("EMPLOI", "l’insertion professionnelle"),
            Map.entry("DEVELOPPEMENT_ECONOMIQUE", "l’économie locale"),
            Map.entry("MIGRATIONS", "la mobilité"),
            Map.entry("EDUCATION", "l’éducation"),
            Map.entry("FORMATION_PROFESSIONNELLE", "la formation professionnelle"),
            Map.entry("SANTE", "la santé de base"),
            Map.entry("ETAT_CIVIL_STATISTIQUES", "l’état civil"),
            Map.entry("EDUCATION_DEVELOPPEMENT", "l’éducation à la citoyenneté mondiale"));

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
    private final long now;
    private final LocalDate today;
    private final int thisYear;

    DemoRows(DemoReferential ref, Random random, String author, long revision, Clock clock) {
        this.now = clock.millis();
        this.today = LocalDate.now(clock);
        this.thisYear = today.getYear();
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
        // Only a partnership that began at least three years ago may be over, and it ended after it began.
        String statut = s < 0.62 ? "ACTIF" : s < 0.85 ? "EN_SOMMEIL" : debut <= thisYear - 3 ? "TERMINE" : "ACTIF";
        Integer fin = statut.equals("TERMINE") ? Math.min(thisYear - 1, debut + 2 + random.nextInt(14)) : null;
        French lead = fr.iterator().next();
        Authority partner = etr.iterator().next();
        String intitule = titre(nature) + " " + nom(lead) + " – " + partner.nom();
        String description = nom(lead) + " et " + partner.nom() + " (" + country.nomFr() + ") coopèrent depuis " + debut
                + " : "
                + String.join(
                        ", ", th.stream().map(t -> t.libelle().toLowerCase()).toList()) + ".";
        Timestamp updated = new Timestamp(now - (long) (random.nextDouble() * 8 * 365) * 86_400_000L);
        String elu = ELUS[random.nextInt(ELUS.length)];
        String technicien = "Chargé(e) de mission coopération internationale";
        partenariats.add(new Object[] {
            id,
            updated,
            author,
            updated,
            author,
            intitule,
            country.id(),
            nature,
            statut,
            debut,
            fin,
            description,
            elu,
            technicien,
            updated,
            lead.id(),
            lead.orgRef()
        });
        audits.add(new Object[] {
            id,
            revision,
            updated,
            author,
            updated,
            author,
            intitule,
            country.id(),
            nature,
            statut,
            debut,
            fin,
            description,
            elu,
            technicien,
            updated
        });
        fr.forEach(f -> francaises.add(new Object[] {id, f.id()}));
        etr.forEach(e -> etrangeres.add(new Object[] {id, e.id()}));
        th.forEach(t -> themes.add(new Object[] {id, t.id()}));
        int projectCount = 1 + random.nextInt(5);
        List<Theme> themeList = List.copyOf(th);
        Set<String> titres = new HashSet<>();
        for (int i = 0; i < projectCount; i++) {
            projet(
                    projetIds.next(),
                    id,
                    Math.max(debut, fin == null ? 1995 : Math.min(1995, fin)),
                    fin,
                    partner.nom(),
                    themeList,
                    updated,
                    country.oda(),
                    titres);
        }
    }

    /** A project within its partnership's years: it starts after the partnership and ends by its end year. */
    private void projet(
            long id,
            long partenariatId,
            int fromYear,
            Integer untilYear,
            String ville,
            List<Theme> th,
            Timestamp updated,
            boolean oda,
            Set<String> titres) {
        Theme theme = th.get(random.nextInt(th.size()));
        int toYear = untilYear == null ? thisYear : untilYear;
        LocalDate debut = LocalDate.of(fromYear + random.nextInt(Math.max(1, toYear - fromYear + 1)), 1, 1)
                .plusDays(random.nextInt(365));
        LocalDate fin = debut.plusMonths(12 + random.nextInt(37));
        if (untilYear != null && fin.getYear() > untilYear) {
            fin = LocalDate.of(untilYear, 12, 31);
            debut = debut.isAfter(fin) ? fin.minusMonths(6) : debut;
        }
        String statut = debut.isAfter(today)
                ? "IDENTIFICATION"
                : fin.isAfter(today)
                        ? (chance(0.95) ? "MISE_EN_OEUVRE" : "SUSPENDU")
                        : chance(0.7) ? "CLOTURE" : "ACHEVEMENT";
        long budget = Math.round(
                        Math.min(3_000_000, Math.max(5_000, Math.exp(Math.log(60_000) + random.nextGaussian()))) / 100)
                * 100;
        String titre = titre(theme, ville, titres);
        String description = "Projet de " + ville + " et de ses partenaires français : "
                + theme.libelle().toLowerCase() + ", de " + debut.getYear() + " à " + fin.getYear() + ".";
        projets.add(new Object[] {
            id,
            updated,
            author,
            updated,
            author,
            partenariatId,
            titre,
            description,
            statut,
            Date.valueOf(debut),
            Date.valueOf(fin),
            BigDecimal.valueOf(budget)
        });
        projetThemes.add(new Object[] {id, theme.id()});
        long rest = budget;
        rest = cofinance(id, "DAECT", rest, chance(0.55) ? 0.1 + random.nextDouble() * 0.3 : 0, budget);
        // AFD (FICOL) only where FICOL may fund: countries on the DAC list of ODA recipients.
        rest = cofinance(id, "AFD_FICOL", rest, oda && chance(0.12) ? 0.2 + random.nextDouble() * 0.3 : 0, budget);
        rest = cofinance(id, "UNION_EUROPEENNE", rest, chance(0.08) ? 0.3 + random.nextDouble() * 0.3 : 0, budget);
        rest = cofinance(id, "AUTRE", rest, chance(0.15) ? 0.05 + random.nextDouble() * 0.1 : 0, budget);
        cofinance(id, "COLLECTIVITES", rest, 1, rest);
    }

    /** A title no other project of the partnership has: an action on the theme's object, then the city. */
    private String titre(Theme theme, String ville, Set<String> titres) {
        String objet = OBJETS.getOrDefault(theme.code(), "« " + theme.libelle().toLowerCase() + " »");
        int first = random.nextInt(ACTIONS.length);
        for (int i = 0; i < ACTIONS.length; i++) {
            String titre = with(ACTIONS[(first + i) % ACTIONS.length], objet) + " – " + ville;
            if (titres.add(titre)) {
                return titre;
            }
        }
        String titre = with(ACTIONS[first], objet) + " – " + ville + " (phase " + (titres.size() + 1) + ")";
        titres.add(titre);
        return titre;
    }

    /** "à le" is "au", "de les" is "des"... */
    static String with(String action, String objet) {
        String text = action + " " + objet;
        return text.replace(" à le ", " au ")
                .replace(" à les ", " aux ")
                .replace(" de le ", " du ")
                .replace(" de les ", " des ")
                .replace(" de l’", " de l’");
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
            return n < 0.7
                    ? "JUMELAGE"
                    : n < 0.85 ? "COOPERATION_DECENTRALISEE" : n < 0.95 ? "ACCORD_COOPERATION" : "AUTRE";
        }
        return n < 0.7
                ? "COOPERATION_DECENTRALISEE"
                : n < 0.85 ? "ACCORD_COOPERATION" : n < 0.95 ? "JUMELAGE" : "AUTRE";
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
