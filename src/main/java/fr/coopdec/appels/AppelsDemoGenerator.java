package fr.coopdec.appels;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Four DAECT calls on the demo Atlas partnerships: the triennial call running to this year and this year's annual call,
 * decided (grants within their envelope, a few refusals with reasons), and two open calls (next year's
 * annual call and a thematic climate call) with applications submitted, under review and one draft of
 * Lyon, the demo authority. Lyon's first partnerships get training grants every year, as its FICOL
 * demo files claim training from AFD: the complementarity verdict shows on some of them.
 * Deterministic (fixed seed).
 */
@Component
public class AppelsDemoGenerator {

    private static final List<String> PAYS = List.of("BJ", "SN", "MG", "BF", "MA", "VN", "CM", "TN", "HT", "ML");
    private static final String[] PROJETS = {
        "Renforcement des services techniques municipaux",
        "Gestion intégrée de l’eau et de l’assainissement",
        "Appui à la planification urbaine",
        "Valorisation du patrimoine et tourisme durable",
        "Filières agricoles et circuits courts",
        "Modernisation de l’état civil",
        "Adaptation au changement climatique des quartiers",
        "Échanges de jeunes et citoyenneté"
    };

    private final AppelDaectRepository appels;
    private final CandidatureDaectRepository candidatures;
    private final AtlasQueries atlas;
    private final PartenariatService partenariats;
    private final ReferentialQueries referential;
    private final JdbcTemplate jdbc;

    AppelsDemoGenerator(
            AppelDaectRepository appels,
            CandidatureDaectRepository candidatures,
            AtlasQueries atlas,
            PartenariatService partenariats,
            ReferentialQueries referential,
            JdbcTemplate jdbc) {
        this.appels = appels;
        this.candidatures = candidatures;
        this.atlas = atlas;
        this.partenariats = partenariats;
        this.referential = referential;
        this.jdbc = jdbc;
    }

    public boolean present() {
        return appels.count() > 0;
    }

    /** Creates the calls and applications; returns how many applications (0 without Atlas demo data). */
    @Transactional
    public int generer(LocalDate today) {
        List<Partenariat> lyon = lyon();
        List<Partenariat> autres = autres();
        if (autres.isEmpty()) {
            return 0;
        }
        int y = today.getYear();
        Random random = new Random(19);
        AppelDaect triennal = appels.save(new AppelDaect(
                "Appel à projets triennal " + (y - 2) + "–" + y,
                TypeAppel.TRIENNAL,
                y - 2,
                y,
                LocalDate.of(y - 3, 10, 1),
                LocalDate.of(y - 3, 12, 15),
                BigDecimal.valueOf(2_400_000)));
        AppelDaect annuel = appels.save(new AppelDaect(
                "Appel à projets annuel " + y,
                TypeAppel.ANNUEL,
                y,
                y,
                LocalDate.of(y - 1, 11, 15),
                LocalDate.of(y, 2, 15),
                BigDecimal.valueOf(1_500_000)));
        AppelDaect suivant = appels.save(new AppelDaect(
                "Appel à projets annuel " + (y + 1),
                TypeAppel.ANNUEL,
                y + 1,
                y + 1,
                today.minusDays(20),
                today.plusDays(70),
                BigDecimal.valueOf(1_600_000)));
        AppelDaect climat = new AppelDaect(
                "Climat et résilience des territoires " + (y + 1) + "–" + (y + 2),
                TypeAppel.THEMATIQUE,
                y + 1,
                y + 2,
                today.minusDays(10),
                today.plusDays(50),
                BigDecimal.valueOf(800_000));
        referential.allThematiques().stream()
                .filter(t -> t.getCode().equals("CLIMAT_ENERGIE"))
                .findFirst()
                .ifPresent(climat::setThematique);
        climat.setDescription("Projets d’adaptation et d’atténuation portés avec les collectivités partenaires : "
                + "plans climat, efficacité énergétique des bâtiments publics, gestion des risques.");
        climat = appels.save(climat);

        List<CandidatureDaect> crees = new ArrayList<>();
        int n = 0;
        // decided calls: Lyon's first two partnerships funded for training every year, then others
        for (Partenariat p : concat(lyon.stream().limit(2).toList(), autres.subList(0, Math.min(9, autres.size())))) {
            crees.add(decidee(triennal, p, n++, random, LocalDate.of(y - 2, 3, 20)));
        }
        for (Partenariat p : concat(
                lyon.stream().limit(1).toList(),
                autres.subList(Math.min(9, autres.size()), Math.min(17, autres.size())))) {
            crees.add(decidee(
                    annuel, p, n++, random, LocalDate.of(y, 4, 10).isAfter(today) ? today : LocalDate.of(y, 4, 10)));
        }
        // open calls: submitted, under review, and a draft of Lyon
        List<Partenariat> ouverts = autres.subList(Math.min(17, autres.size()), Math.min(27, autres.size()));
        for (int i = 0; i < ouverts.size(); i++) {
            AppelDaect appel = i % 3 == 2 ? climat : suivant;
            CandidatureDaect c = candidature(appel, ouverts.get(i), n++, random);
            c.deposer(today.minusDays(1 + i));
            if (i % 2 == 0) {
                c.instruire("Dossier complet ; partenariat actif et cofinancements confirmés.");
            }
            crees.add(c);
        }
        if (lyon.size() > 2) {
            crees.add(candidature(suivant, lyon.get(2), n, random));
        }
        candidatures.saveAllAndFlush(crees);
        // the envelope counter follows the grants (the demo writes what DecisionDaectService would)
        jdbc.update("UPDATE appels_appel a SET montant_engage = (SELECT COALESCE(SUM(c.montant_accorde), 0)"
                + " FROM appels_candidature c WHERE c.appel_id = a.id AND c.statut = 'ACCORDEE')");
        return crees.size();
    }

    private CandidatureDaect decidee(AppelDaect appel, Partenariat p, int n, Random random, LocalDate jour) {
        CandidatureDaect c = candidature(appel, p, n, random);
        c.deposer(appel.getDateCloture().minusDays(5 + n % 20));
        c.instruire("Projet cohérent avec les priorités de l’appel.");
        if (n % 4 == 3) {
            c.refuser(jour, "Le projet relève davantage de l’aide humanitaire que de la coopération décentralisée.");
        } else {
            BigDecimal accorde = n % 3 == 0
                    ? c.getMontantDemande()
                    : c.getMontantDemande().multiply(BigDecimal.valueOf(0.8)).setScale(0, java.math.RoundingMode.DOWN);
            c.accorder(accorde, jour, "Conforme aux critères de l’appel.");
        }
        return c;
    }

    private CandidatureDaect candidature(AppelDaect appel, Partenariat p, int n, Random random) {
        CollectiviteFrancaise porteur = p.getCollectivitesFrancaises().stream()
                .filter(c -> "69123".equals(c.getCode()))
                .findFirst()
                .orElse(p.getCollectivitesFrancaises().iterator().next());
        CandidatureDaect c = new CandidatureDaect(appel, p.getId(), porteur, PROJETS[n % PROJETS.length]);
        c.setPays(p.getPays());
        c.setDescription(
                "Projet conduit avec " + partenaire(p) + " dans le cadre du partenariat « " + p.getIntitule() + " ».");
        for (int annee = appel.getAnneeDebut(); annee <= appel.getAnneeFin(); annee++) {
            long formation = 20_000 + 5_000L * random.nextInt(6);
            c.addLigne(ligne(CategorieDepense.FORMATION, annee, "Formation des agents et des élus", formation));
            c.addLigne(
                    ligne(CategorieDepense.MISSIONS, annee, "Missions d’échange", 8_000 + 1_000L * random.nextInt(5)));
            if (n % 2 == 0) {
                c.addLigne(ligne(
                        CategorieDepense.EQUIPEMENT,
                        annee,
                        "Équipements des services",
                        30_000 + 10_000L * random.nextInt(4)));
            }
        }
        return c;
    }

    /** A line whose DAECT share is half its cost. */
    private static LigneFinancementDaect ligne(CategorieDepense categorie, int annee, String depense, long cout) {
        return new LigneFinancementDaect(
                categorie, annee, depense, BigDecimal.valueOf(cout), BigDecimal.valueOf(cout / 2));
    }

    private static String partenaire(Partenariat p) {
        return p.getCollectivitesPartenaires().isEmpty()
                ? p.getPays().getNomFr()
                : p.getCollectivitesPartenaires().iterator().next().getNom();
    }

    /** Lyon's partnerships in ODA-recipient countries, in the order FICOL's demo takes them. */
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
                .flatMap(Optional::stream)
                .filter(p -> p.getPays().getCategorieCad().isOdaRecipient())
                .toList();
    }

    private List<Partenariat> autres() {
        List<Long> ids = new ArrayList<>();
        for (String pays : PAYS) {
            atlas.search(PartenariatFilter.builder().pays(pays).build(), PageRequest.of(1, 3, Sort.by("id")))
                    .map(PartenariatResume::id)
                    .forEach(ids::add);
        }
        return ids.stream()
                .distinct()
                .map(partenariats::findDetail)
                .flatMap(Optional::stream)
                .filter(p -> !p.getCollectivitesFrancaises().isEmpty())
                .toList();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
