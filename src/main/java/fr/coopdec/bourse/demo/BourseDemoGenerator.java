package fr.coopdec.bourse.demo;

import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.Pays;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.referential.Thematique;
import fr.coopdec.referential.TypeCollectiviteFrancaise;
import fr.coopdec.shared.SearchText;
import fr.coopdec.shared.db.SequenceIds;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the demo sheets with batched JDBC (a few hundred rows, well under a second): real French
 * communes from the referential, real foreign towns, states spread like a year of activity.
 */
@Component
class BourseDemoGenerator {

    private static final Logger log = LoggerFactory.getLogger(BourseDemoGenerator.class);
    private static final String ADMIN = "admin@coopdec.fr";
    private static final String[] STATUTS = {
        "PUBLIEE",
        "PUBLIEE",
        "PUBLIEE",
        "PUBLIEE",
        "PUBLIEE",
        "PUBLIEE",
        "PUBLIEE",
        "PUBLIEE",
        "PUBLIEE",
        "PUBLIEE",
        "PUBLIEE",
        "SOUMISE",
        "SOUMISE",
        "EN_REVUE",
        "EN_REVUE",
        "REFUSEE",
        "REFUSEE",
        "MISE_EN_RELATION",
        "ARCHIVEE",
        "A_CONFIRMER"
    };

    private final ReferentialQueries referential;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    BourseDemoGenerator(ReferentialQueries referential, JdbcTemplate jdbc, Clock clock) {
        this.referential = referential;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void generate(int count) {
        long start = System.nanoTime();
        Random random = new Random(2026);
        List<CollectiviteFrancaise> communes = DemoTerritoires.COMMUNES.stream()
                .map(c -> referential.findCollectiviteFrancaise(TypeCollectiviteFrancaise.COMMUNE, c))
                .flatMap(java.util.Optional::stream)
                .toList();
        Map<String, Pays> pays = new HashMap<>();
        DemoTerritoires.VILLES.forEach(v -> referential.findPays(v.pays()).ifPresent(p -> pays.put(v.pays(), p)));
        List<DemoTerritoires.Ville> villes = DemoTerritoires.VILLES.stream()
                .filter(v -> pays.containsKey(v.pays()))
                .toList();
        List<Thematique> themes = referential.allThematiques();
        if (communes.isEmpty() || villes.isEmpty() || themes.isEmpty()) {
            log.warn("Bourse demo data skipped: the referential is empty");
            return;
        }
        SequenceIds ficheIds = new SequenceIds(jdbc, "bourse_fiche_seq");
        SequenceIds transitionIds = new SequenceIds(jdbc, "bourse_transition_seq");
        SequenceIds notificationIds = new SequenceIds(jdbc, "bourse_notification_seq");
        SequenceIds demandeIds = new SequenceIds(jdbc, "bourse_demande_contact_seq");
        List<Object[]> fiches = new ArrayList<>();
        List<Object[]> expertises = new ArrayList<>();
        List<Object[]> recherches = new ArrayList<>();
        List<Object[]> cibles = new ArrayList<>();
        List<Object[]> transitions = new ArrayList<>();
        List<Object[]> notifications = new ArrayList<>();
        List<long[]> publieesFr = new ArrayList<>();
        List<long[]> publieesEtr = new ArrayList<>();
        Instant now = clock.instant();
        for (int i = 0; i < count; i++) {
            long id = ficheIds.next();
            boolean francaise = i % 9 < 5;
            String statut = STATUTS[random.nextInt(STATUTS.length)];
            boolean publiable = statut.equals("PUBLIEE") || statut.equals("MISE_EN_RELATION");
            Instant soumise = now.minus(Duration.ofHours(2 + random.nextInt(publiable ? 24 * 330 : 24 * 420)));
            Instant confirmee =
                    statut.equals("A_CONFIRMER") ? null : soumise.plus(Duration.ofMinutes(5 + random.nextInt(2880)));
            boolean moderee = !statut.equals("A_CONFIRMER") && !statut.equals("SOUMISE") && !statut.equals("EN_REVUE");
            Instant decision = moderee ? confirmee.plus(Duration.ofHours(4 + random.nextInt(24 * 20))) : null;
            if (decision != null && decision.isAfter(now)) {
                decision = now.minus(Duration.ofHours(1));
            }
            LocalDate expire = publiable || statut.equals("ARCHIVEE")
                    ? decision.atOffset(ZoneOffset.UTC).toLocalDate().plusMonths(12)
                    : null;
            Set<Thematique> exp = pick(themes, 1 + random.nextInt(3), random);
            Set<Thematique> rech = pick(themes, 1 + random.nextInt(3), random);
            String nom;
            Long frId = null;
            Long paysId = null;
            Integer population;
            String niveau = null;
            List<Pays> ciblesFiche = new ArrayList<>();
            if (francaise) {
                CollectiviteFrancaise c = communes.get(random.nextInt(communes.size()));
                nom = c.getNom();
                frId = c.getId();
                population = c.getPopulation();
                for (int k = 0, n = 1 + random.nextInt(2); k < n; k++) {
                    Pays p = pays.get(villes.get(random.nextInt(villes.size())).pays());
                    if (!ciblesFiche.contains(p)) {
                        ciblesFiche.add(p);
                    }
                }
            } else {
                DemoTerritoires.Ville v = villes.get(random.nextInt(villes.size()));
                nom = v.nom();
                paysId = pays.get(v.pays()).getId();
                population = v.population();
                niveau = "COMMUNE";
            }
            String objectifs = (francaise
                            ? "Nous souhaitons construire un partenariat durable autour de : "
                            : "Notre collectivité recherche un partenaire français pour : ")
                    + String.join(
                                    ", ",
                                    rech.stream()
                                            .map(Thematique::getLibelleFr)
                                            .sorted()
                                            .toList())
                            .toLowerCase() + ".";
            String contact = DemoTerritoires.CONTACTS.get(random.nextInt(DemoTerritoires.CONTACTS.size()));
            String email = SearchText.fold(contact).replace(' ', '.').replace("'", "") + "." + id + "@demo.coopdec.fr";
            String search = SearchText.of(
                    nom,
                    objectifs,
                    String.join(" ", ciblesFiche.stream().map(Pays::getNomFr).toList()),
                    String.join(" ", exp.stream().map(Thematique::getLibelleFr).toList()));
            fiches.add(new Object[] {
                id,
                ts(soumise),
                francaise ? "FRANCAISE" : "ETRANGERE",
                random.nextInt(3) == 0 ? "OFFRE" : "DEMANDE",
                statut,
                frId,
                nom,
                paysId,
                niveau,
                population,
                contact,
                DemoTerritoires.FONCTIONS.get(random.nextInt(DemoTerritoires.FONCTIONS.size())),
                email,
                random.nextBoolean() ? "URBAIN" : "LITTORAL,URBAIN",
                DemoTerritoires.FAITS.get(random.nextInt(DemoTerritoires.FAITS.size())),
                random.nextBoolean() ? "ASSOCIATION,DIASPORA" : "ENTREPRISE",
                objectifs,
                francaise ? "français" : "français, anglais",
                random.nextBoolean() ? "UN_A_TROIS_ANS" : "PLUS_DE_TROIS_ANS",
                statut.equals("A_CONFIRMER") ? "demo-" + id : null,
                ts(soumise),
                ts(confirmee),
                ts(decision),
                publiable || statut.equals("ARCHIVEE") ? ts(decision) : null,
                expire,
                statut.equals("REFUSEE") ? "Fiche incomplète : précisez les objectifs et les moyens envisagés." : null,
                search.length() > 3000 ? search.substring(0, 3000) : search
            });
            exp.forEach(t -> expertises.add(new Object[] {id, t.getId()}));
            rech.forEach(t -> recherches.add(new Object[] {id, t.getId()}));
            ciblesFiche.forEach(p -> cibles.add(new Object[] {id, p.getId()}));
            if (confirmee != null) {
                transitions.add(transition(transitionIds.next(), id, null, "SOUMISE", email, confirmee, null));
            }
            if (!statut.equals("A_CONFIRMER") && !statut.equals("SOUMISE")) {
                Instant review = confirmee.plus(Duration.ofMinutes(30));
                transitions.add(transition(transitionIds.next(), id, "SOUMISE", "EN_REVUE", ADMIN, review, null));
                if (decision != null) {
                    boolean refus = statut.equals("REFUSEE");
                    transitions.add(transition(
                            transitionIds.next(),
                            id,
                            "EN_REVUE",
                            refus ? "REFUSEE" : "PUBLIEE",
                            ADMIN,
                            decision,
                            refus ? "Fiche incomplète : précisez les objectifs et les moyens envisagés." : null));
                    if (!refus && !statut.equals("PUBLIEE")) {
                        transitions.add(transition(
                                transitionIds.next(),
                                id,
                                "PUBLIEE",
                                statut,
                                ADMIN,
                                decision.plus(Duration.ofDays(3)),
                                null));
                    }
                }
            }
            if (publiable) {
                Instant publiee = decision;
                ciblesFiche.forEach(p -> notifications.add(
                        new Object[] {notificationIds.next(), ts(publiee), id, p.getId(), random.nextBoolean()}));
                (francaise ? publieesFr : publieesEtr)
                        .add(new long[] {id, francaise ? ciblesFiche.get(0).getId() : paysId});
            }
        }
        jdbc.batchUpdate(
                """
                INSERT INTO bourse_fiche (id, version, created_at, created_by, updated_at, updated_by, origine, sens, statut,
                  collectivite_francaise_id, nom_collectivite, pays_id, niveau, population, contact_nom, contact_fonction,
                  contact_email, situations, faits_marquants, acteurs, objectifs, langues, duree, consentement,
                  confirmation_token, soumise_le, confirmee_le, moderee_le, publiee_le, expire_le, motif_refus, search_text)
                VALUES (?, 0, ?, 'demo', NOW(6), 'demo', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE,
                  ?, ?, ?, ?, ?, ?, ?, ?)""",
                fiches);
        jdbc.batchUpdate("INSERT INTO bourse_fiche_expertise (fiche_id, thematique_id) VALUES (?, ?)", expertises);
        jdbc.batchUpdate("INSERT INTO bourse_fiche_recherche (fiche_id, thematique_id) VALUES (?, ?)", recherches);
        jdbc.batchUpdate("INSERT INTO bourse_fiche_pays_cible (fiche_id, pays_id) VALUES (?, ?)", cibles);
        jdbc.batchUpdate(
                """
                INSERT INTO bourse_transition (id, version, created_at, created_by, updated_at, updated_by, fiche_id, de, vers,
                  par, le, motif) VALUES (?, 0, ?, 'demo', ?, 'demo', ?, ?, ?, ?, ?, ?)""",
                transitions);
        jdbc.batchUpdate(
                """
                INSERT INTO bourse_notification (id, version, created_at, created_by, updated_at, updated_by, fiche_id, pays_id, lue)
                VALUES (?, 0, ?, 'demo', NOW(6), 'demo', ?, ?, ?)""",
                notifications);
        List<Object[]> demandes = new ArrayList<>();
        for (long[] fr : publieesFr) {
            publieesEtr.stream()
                    .filter(e -> e[1] == fr[1])
                    .findFirst()
                    .filter(e -> demandes.size() < 15)
                    .ifPresent(e -> demandes.add(new Object[] {
                        demandeIds.next(),
                        e[0],
                        fr[0],
                        "Koffi Agbo",
                        "contact." + e[0] + "@demo.coopdec.fr",
                        "Votre fiche correspond à nos priorités : pouvons-nous échanger ?"
                    }));
        }
        jdbc.batchUpdate(
                """
                INSERT INTO bourse_demande_contact (id, version, created_at, created_by, updated_at, updated_by, fiche_id,
                  fiche_cible_id, nom, email, message, statut) VALUES (?, 0, NOW(6), 'demo', NOW(6), 'demo', ?, ?, ?, ?, ?, 'NOUVELLE')""",
                demandes);
        log.info(
                "Bourse demo data: {} sheets, {} audit rows, {} contact requests in {} ms",
                fiches.size(),
                transitions.size(),
                demandes.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private static Object[] transition(
            long id, long fiche, String de, String vers, String par, Instant le, String motif) {
        return new Object[] {id, ts(le), ts(le), fiche, de, vers, par, ts(le), motif};
    }

    private static Set<Thematique> pick(List<Thematique> themes, int n, Random random) {
        Set<Thematique> set = new LinkedHashSet<>();
        while (set.size() < n) {
            set.add(themes.get(random.nextInt(themes.size())));
        }
        return set;
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
