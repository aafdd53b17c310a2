package fr.coopdec.jeunesse.demo;

import fr.coopdec.atlas.AtlasQueries;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.atlas.PartenariatFilter;
import fr.coopdec.atlas.PartenariatResume;
import fr.coopdec.atlas.PartenariatService;
import fr.coopdec.atlas.StatutPartenariat;
import fr.coopdec.jeunesse.Direction;
import fr.coopdec.jeunesse.Programme;
import fr.coopdec.jeunesse.StatutMission;
import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.CollectivitePartenaire;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.referential.TypeCollectiviteFrancaise;
import fr.coopdec.shared.db.SequenceIds;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds believable demo placements on Atlas demo partnerships (Lyon's and Benin's first, for the demo
 * accounts): five years of departures, two young people sent abroad for one hosted, youth calls
 * 2021–2025 funding some partnerships' mobilities. Deterministic (fixed seed); batch inserts.
 */
@Component
class JeunesseDemoGenerator {

    private static final String[] PRENOMS_FR = {
        "Léa", "Hugo", "Chloé", "Lucas", "Manon", "Nathan", "Camille", "Théo", "Inès", "Louis", "Sarah", "Yanis",
        "Jade", "Enzo", "Clara", "Adam", "Emma", "Mathis", "Lina", "Noah"
    };
    private static final String[] NOMS_FR = {
        "Martin",
        "Bernard",
        "Dubois",
        "Thomas",
        "Robert",
        "Richard",
        "Petit",
        "Durand",
        "Leroy",
        "Moreau",
        "Simon",
        "Laurent",
        "Lefebvre",
        "Michel",
        "Garcia",
        "Roux",
        "Fournier",
        "Girard"
    };
    private static final String[] PRENOMS_PARTENAIRES = {
        "Awa", "Moussa", "Fatou", "Koffi", "Aminata", "Ibrahim", "Mariam", "Sékou", "Nadia", "Youssef", "Aïcha",
        "Mamadou", "Rokia", "Ousmane", "Linh", "Rija", "Sofia", "Hamid"
    };
    private static final String[] NOMS_PARTENAIRES = {
        "Diallo",
        "Traoré",
        "Ouédraogo",
        "Kouassi",
        "Sow",
        "Camara",
        "Hounsou",
        "Agbo",
        "Diop",
        "Benali",
        "Nguyen",
        "Rakoto",
        "Keïta",
        "Sanogo",
        "Mensah",
        "Ba",
        "Coulibaly",
        "Adjovi"
    };
    private static final String[] MOTIFS = {
        "Raisons de santé",
        "Raisons familiales",
        "Situation sécuritaire dans la zone",
        "Fin anticipée à la demande du volontaire"
    };

    private final AtlasQueries atlas;
    private final PartenariatService partenariats;
    private final ReferentialQueries referential;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    JeunesseDemoGenerator(
            AtlasQueries atlas,
            PartenariatService partenariats,
            ReferentialQueries referential,
            JdbcTemplate jdbc,
            Clock clock) {
        this.atlas = atlas;
        this.partenariats = partenariats;
        this.referential = referential;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Lien(
            long partenariatId, long paysId, CollectiviteFrancaise francaise, CollectivitePartenaire partenaire) {}

    @Transactional
    public int generate(int count) {
        List<Lien> liens = liens();
        if (liens.isEmpty()) {
            return 0;
        }
        Random random = new Random(2026);
        LocalDate today = LocalDate.now(clock);
        int firstYear = today.getYear() - 4;
        Timestamp now = Timestamp.from(clock.instant());
        long franceId = referential.findPays("FR").orElseThrow().getId();

        long[] appelIds = SequenceIds.take(jdbc, "jeunesse_appel_seq", 5);
        List<Object[]> appels = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            appels.add(new Object[] {
                appelIds[i], now, "demo", now, "demo", "Appel à projets Jeunesse " + (firstYear + i), firstYear + i
            });
        }
        // A youth grant for about half of the partnerships, from one of the calls.
        Map<Long, long[]> projetDe = new LinkedHashMap<>();
        long[] projetIds = SequenceIds.take(jdbc, "jeunesse_projet_seq", liens.size());
        int p = 0;
        for (Lien lien : liens) {
            if (random.nextInt(100) < 55) {
                int appel = random.nextInt(5);
                projetDe.put(lien.partenariatId(), new long[] {projetIds[p++], appel});
            }
        }

        long[] volontaireIds = SequenceIds.take(jdbc, "jeunesse_volontaire_seq", count);
        long[] missionIds = SequenceIds.take(jdbc, "jeunesse_mission_seq", count);
        List<Object[]> volontaires = new ArrayList<>();
        List<Object[]> missions = new ArrayList<>();
        Map<Long, int[]> realiseesParProjet = new LinkedHashMap<>();
        int v = 0;
        for (int m = 0; m < count; m++) {
            Lien lien = liens.get(random.nextInt(liens.size()));
            Direction direction = random.nextInt(100) < 62 ? Direction.ENVOI : Direction.ACCUEIL;
            Programme programme = programme(direction, random);
            int year = firstYear + random.nextInt(5) + (random.nextInt(100) < 6 ? 1 : 0);
            LocalDate debut = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            LocalDate fin = debut.plusMonths(
                            programme == Programme.VSI ? 12 + random.nextInt(12) : 2 + random.nextInt(10))
                    .minusDays(1);
            StatutMission statut = fin.isBefore(today)
                    ? StatutMission.TERMINEE
                    : debut.isAfter(today) ? StatutMission.PREVUE : StatutMission.EN_COURS;
            String motif = null;
            if (statut != StatutMission.PREVUE && random.nextInt(100) < 6) {
                statut = StatutMission.INTERROMPUE;
                motif = MOTIFS[random.nextInt(MOTIFS.length)];
                fin = debut.plusDays(
                        20 + random.nextInt((int) Math.max(1, fin.toEpochDay() - debut.toEpochDay() - 20)));
                if (fin.isAfter(today)) {
                    fin = today;
                }
            }
            int age = programme.getAgeMax() != null && programme.getAgeMax() <= 25
                    ? 18 + random.nextInt(7)
                    : 19 + random.nextInt(10);
            LocalDate naissance = debut.minusYears(age).minusDays(random.nextInt(360));
            boolean envoi = direction == Direction.ENVOI;
            String prenom = envoi
                    ? PRENOMS_FR[random.nextInt(PRENOMS_FR.length)]
                    : PRENOMS_PARTENAIRES[random.nextInt(PRENOMS_PARTENAIRES.length)];
            String nom = envoi
                    ? NOMS_FR[random.nextInt(NOMS_FR.length)]
                    : NOMS_PARTENAIRES[random.nextInt(NOMS_PARTENAIRES.length)];
            long volontaireId = volontaireIds[v++];
            volontaires.add(new Object[] {
                volontaireId,
                now,
                "demo",
                now,
                "demo",
                nom,
                prenom,
                Date.valueOf(naissance),
                envoi ? franceId : lien.paysId(),
                ascii(prenom + "." + nom).toLowerCase() + "." + volontaireId + "@exemple.org",
                null,
                Date.valueOf(debut.minusMonths(2))
            });
            long[] projet = projetDe.get(lien.partenariatId());
            Long projetId = projet != null && year >= firstYear + projet[1] ? projet[0] : null;
            if (projetId != null && statut.realisee()) {
                realiseesParProjet.computeIfAbsent(projetId, k -> new int[1])[0]++;
            }
            String ville = envoi ? lien.partenaire().getNom() : lien.francaise().getNom();
            missions.add(new Object[] {
                missionIds[m],
                now,
                "demo",
                now,
                "demo",
                volontaireId,
                direction.name(),
                programme.name(),
                lien.francaise().getId(),
                lien.partenaire().getId(),
                lien.paysId(),
                ville,
                Date.valueOf(debut),
                Date.valueOf(fin),
                statut.name(),
                motif,
                lien.partenariatId(),
                projetId
            });
        }
        List<Object[]> projets = new ArrayList<>();
        for (Lien lien : liens) {
            long[] projet = projetDe.get(lien.partenariatId());
            if (projet == null) {
                continue;
            }
            int realisees = realiseesParProjet.getOrDefault(projet[0], new int[1])[0];
            int prevues = Math.max(2, realisees + random.nextInt(6) - 2);
            BigDecimal subvention = BigDecimal.valueOf((long) prevues * (1500 + random.nextInt(5) * 500));
            projets.add(new Object[] {
                projet[0],
                now,
                "demo",
                now,
                "demo",
                appelIds[(int) projet[1]],
                "Mobilités de jeunes – " + lien.francaise().getNom() + " / "
                        + lien.partenaire().getNom(),
                lien.francaise().getId(),
                lien.partenariatId(),
                subvention,
                prevues
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO jeunesse_appel (id, version, created_at, created_by, updated_at, updated_by, intitule, annee)"
                        + " VALUES (?, 0, ?, ?, ?, ?, ?, ?)",
                appels);
        jdbc.batchUpdate(
                "INSERT INTO jeunesse_projet (id, version, created_at, created_by, updated_at, updated_by, appel_id,"
                        + " intitule, porteur_id, partenariat_id, subvention, mobilites_prevues) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                projets);
        jdbc.batchUpdate(
                "INSERT INTO jeunesse_volontaire (id, version, created_at, created_by, updated_at, updated_by, nom,"
                        + " prenom, date_naissance, nationalite_id, email, telephone, consentement_le)"
                        + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                volontaires);
        jdbc.batchUpdate(
                "INSERT INTO jeunesse_mission (id, version, created_at, created_by, updated_at, updated_by,"
                        + " volontaire_id, direction, programme, collectivite_francaise_id, collectivite_partenaire_id, pays_id, ville,"
                        + " date_debut, date_fin, statut, motif_interruption, partenariat_id, projet_id)"
                        + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                missions);
        return missions.size();
    }

    private static Programme programme(Direction direction, Random random) {
        int r = random.nextInt(100);
        if (direction == Direction.ACCUEIL) {
            return r < 75 ? Programme.VOLONTARIAT_RECIPROCITE : Programme.SERVICE_CIVIQUE_INTERNATIONAL;
        }
        return r < 40
                ? Programme.SERVICE_CIVIQUE_INTERNATIONAL
                : r < 65 ? Programme.VSI : r < 95 ? Programme.JSI_VVSI : Programme.AUTRE;
    }

    private static String ascii(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
    }

    /** Lyon's partnerships, Benin's, then active ones: each with one French and one foreign authority. */
    private List<Lien> liens() {
        Map<Long, PartenariatResume> choisis = new LinkedHashMap<>();
        referential
                .findCollectiviteFrancaise(TypeCollectiviteFrancaise.COMMUNE, "69123")
                .ifPresent(lyon -> add(
                        choisis,
                        PartenariatFilter.builder()
                                .collectiviteFrancaise(lyon.getId())
                                .build(),
                        8));
        add(choisis, PartenariatFilter.builder().pays("BJ").build(), 12);
        add(choisis, PartenariatFilter.builder().statut(StatutPartenariat.ACTIF).build(), 100);
        List<Lien> liens = new ArrayList<>();
        for (long id : choisis.keySet()) {
            partenariats.findDetail(id).ifPresent(p -> lien(p).ifPresent(liens::add));
        }
        return liens;
    }

    private void add(Map<Long, PartenariatResume> choisis, PartenariatFilter filter, int max) {
        atlas.search(filter, PageRequest.of(0, max, Sort.by("id"))).forEach(r -> choisis.putIfAbsent(r.id(), r));
    }

    private static java.util.Optional<Lien> lien(Partenariat p) {
        CollectiviteFrancaise francaise = p.getCollectivitesFrancaises().stream()
                .min(Comparator.comparing((CollectiviteFrancaise c) -> !"69123".equals(c.getCode()))
                        .thenComparing(CollectiviteFrancaise::getId))
                .orElse(null);
        CollectivitePartenaire partenaire = p.getCollectivitesPartenaires().stream()
                .min(Comparator.comparing(CollectivitePartenaire::getId))
                .orElse(null);
        if (francaise == null || partenaire == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Lien(p.getId(), p.getPays().getId(), francaise, partenaire));
    }
}
