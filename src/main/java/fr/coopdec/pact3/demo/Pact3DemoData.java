package fr.coopdec.pact3.demo;

import fr.coopdec.atlas.AtlasQueries;
import fr.coopdec.atlas.PartenariatFilter;
import fr.coopdec.atlas.PartenariatResume;
import fr.coopdec.pact3.MissionExploratoireService;
import fr.coopdec.pact3.PaysEligible;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.referential.TypeCollectiviteFrancaise;
import fr.coopdec.shared.db.SequenceIds;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demonstration PACT3 data, after the Atlas demo (@Order(40)) and tied to it: two calls (last year's,
 * decided, and this year's, open), applications of real French authorities whose references are their
 * demo partnerships, jurors' scores, laureates and missions to countries the Atlas shows as eligible.
 * Skipped when any call exists, so a restart or real data is never touched.
 */
@Component
@Order(51)
@ConditionalOnProperty(name = "coopdec.demo.enabled", havingValue = "true")
class Pact3DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(Pact3DemoData.class);
    /** Lyon first: the demo COLLECTIVITE account acts for it. */
    private static final List<String> COMMUNES =
            List.of("69123", "33063", "42218", "29019", "31555", "44109", "67482", "59350", "38185", "35238");

    private static final String[][] CRITERES = {
        {"Qualité et originalité du savoir-faire", "3"},
        {"Références de coopération", "2"},
        {"Capacité à conduire des missions", "1"}
    };

    private final JdbcTemplate jdbc;
    private final AtlasQueries atlas;
    private final ReferentialQueries referential;
    private final MissionExploratoireService missions;
    private final Clock clock;

    Pact3DemoData(
            JdbcTemplate jdbc,
            AtlasQueries atlas,
            ReferentialQueries referential,
            MissionExploratoireService missions,
            Clock clock) {
        this.jdbc = jdbc;
        this.atlas = atlas;
        this.referential = referential;
        this.missions = missions;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM pact3_appel", Integer.class);
        if (existing != null && existing > 0) {
            return;
        }
        long start = System.nanoTime();
        Rows rows = new Rows(jdbc, clock.instant());
        LocalDate today = LocalDate.now(clock);
        long appel2025 = rows.appel(
                today.getYear() - 1,
                "Appel à candidatures PACT3 " + (today.getYear() - 1),
                LocalDate.of(today.getYear() - 1, 1, 15),
                LocalDate.of(today.getYear() - 1, 3, 31),
                10000,
                CRITERES);
        long appel2026 = rows.appel(
                today.getYear(),
                "Appel à candidatures PACT3 " + today.getYear(),
                today.minusDays(20),
                today.plusDays(40),
                12000,
                CRITERES);
        Optional<Long> afd = rows.user("afd@coopdec.fr");
        Optional<Long> poste = rows.user("poste.benin@coopdec.fr");
        List<PaysEligible> eligibles = missions.paysEligibles();
        List<Long> laureats = new ArrayList<>();
        int index = 0;
        for (String code : COMMUNES) {
            Optional<Authority> authority = authority(code);
            if (authority.isEmpty()) {
                continue;
            }
            Authority a = authority.get();
            boolean labelled = index < 6;
            long c = rows.candidature(
                    appel2025,
                    a.id(),
                    a.nom(),
                    a.email(),
                    labelled ? "LABELLISEE" : "NON_LABELLISEE",
                    a.savoirFaire(),
                    a.themes(),
                    a.references(),
                    eligibles.stream()
                            .skip(index)
                            .limit(2)
                            .map(PaysEligible::code)
                            .toList(),
                    labelled
                            ? "Savoir-faire reconnu et références solides."
                            : "Références encore trop récentes pour un label.",
                    labelled ? LocalDate.of(today.getYear() - 1, 5, 15).plusYears(3) : null);
            int[] base = labelled
                    ? new int[] {5 - index % 2, 4 + (index % 3 == 0 ? 1 : 0), 4 - index % 3}
                    : new int[] {2 + index % 2, 3, 2 - index % 2};
            afd.ifPresent(u -> rows.jure(c, u, "afd@coopdec.fr", base));
            poste.ifPresent(u -> rows.jure(c, u, "poste.benin@coopdec.fr", new int[] {base[0] - 1, base[1], base[2]}));
            if (labelled) {
                laureats.add(c);
            }
            if (index >= 1 && index <= 3) {
                long open = rows.candidature(
                        appel2026,
                        a.id(),
                        a.nom(),
                        a.email(),
                        "SOUMISE",
                        a.savoirFaire(),
                        a.themes(),
                        a.references(),
                        List.of(),
                        null,
                        null);
                afd.ifPresent(u -> rows.jureEnAttente(open, u, "afd@coopdec.fr"));
            }
            index++;
        }
        String[] statuts = {"CLOTUREE", "RAPPORT_DEPOSE", "APPROUVEE", "PROPOSEE", "REFUSEE"};
        for (int i = 0; i < Math.min(laureats.size(), statuts.length) && !eligibles.isEmpty(); i++) {
            PaysEligible pays = eligibles.get((i * 7) % eligibles.size());
            rows.mission(
                    laureats.get(i),
                    pays.code(),
                    "Mission exploratoire : rencontre des élus et des services techniques (" + pays.nomFr() + ")",
                    statuts[i],
                    3200 + i * 400,
                    1800,
                    600);
        }
        log.info(
                "PACT3 demo data: 2 calls, {} laureates, {} missions in {} ms",
                laureats.size(),
                Math.min(laureats.size(), statuts.length),
                (System.nanoTime() - start) / 1_000_000);
    }

    private Optional<Authority> authority(String code) {
        return referential
                .findCollectiviteFrancaise(TypeCollectiviteFrancaise.COMMUNE, code)
                .map(cf -> {
                    List<PartenariatResume> refs = atlas.search(
                                    PartenariatFilter.builder()
                                            .collectiviteFrancaise(cf.getId())
                                            .build(),
                                    PageRequest.of(0, 3))
                            .getContent();
                    Set<String> themes = new LinkedHashSet<>();
                    refs.forEach(r -> themes.addAll(r.thematiqueCodes()));
                    if (themes.isEmpty()) {
                        themes.add("EAU_ASSAINISSEMENT");
                    }
                    String slug = cf.getNom().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
                    String email =
                            code.equals("69123") ? "collectivite@coopdec.fr" : "international@ville-" + slug + ".fr";
                    return new Authority(
                            cf.getId(),
                            cf.getNom(),
                            email,
                            "Coopération décentralisée de " + cf.getNom()
                                    + " : ingénierie des services publics locaux, "
                                    + "formation des agents et appui à la maîtrise d’ouvrage communale.",
                            List.copyOf(themes).subList(0, Math.min(3, themes.size())),
                            refs.stream().map(PartenariatResume::id).toList());
                });
    }

    private record Authority(
            long id, String nom, String email, String savoirFaire, List<String> themes, List<Long> references) {}

    /** Plain SQL inserts with ids from the tables' sequences. */
    private static final class Rows {
        private final JdbcTemplate jdbc;
        private final Timestamp now;
        private final SequenceIds appels;
        private final SequenceIds candidatures;
        private final SequenceIds jures;
        private final SequenceIds missions;
        private final SequenceIds pieces;

        Rows(JdbcTemplate jdbc, Instant now) {
            this.jdbc = jdbc;
            this.now = Timestamp.from(now);
            appels = new SequenceIds(jdbc, "pact3_appel_seq");
            candidatures = new SequenceIds(jdbc, "pact3_candidature_seq");
            jures = new SequenceIds(jdbc, "pact3_jure_seq");
            missions = new SequenceIds(jdbc, "pact3_mission_seq");
            pieces = new SequenceIds(jdbc, "pact3_piece_jointe_seq");
        }

        Optional<Long> user(String email) {
            return jdbc.queryForList("SELECT id FROM utilisateur WHERE email = ?", Long.class, email).stream()
                    .findFirst();
        }

        long appel(
                int annee, String intitule, LocalDate ouverture, LocalDate cloture, int plafond, String[][] criteres) {
            long id = appels.next();
            jdbc.update(
                    "INSERT INTO pact3_appel (id, version, created_at, created_by, updated_at, annee, intitule, date_ouverture,"
                            + " date_cloture, plafond_mission) VALUES (?, 0, ?, 'demo', ?, ?, ?, ?, ?, ?)",
                    id,
                    now,
                    now,
                    annee,
                    intitule,
                    ouverture,
                    cloture,
                    plafond);
            for (int i = 0; i < criteres.length; i++) {
                jdbc.update(
                        "INSERT INTO pact3_appel_critere (appel_id, position, libelle, poids) VALUES (?, ?, ?, ?)",
                        id,
                        i,
                        criteres[i][0],
                        Integer.parseInt(criteres[i][1]));
            }
            return id;
        }

        long candidature(
                long appel,
                long cf,
                String nom,
                String email,
                String statut,
                String savoirFaire,
                List<String> themes,
                List<Long> references,
                List<String> pays,
                String motif,
                LocalDate label) {
            long id = candidatures.next();
            jdbc.update(
                    "INSERT INTO pact3_candidature (id, version, created_at, created_by, updated_at, appel_id,"
                            + " collectivite_francaise_id, collectivite_nom, contact_email, statut, savoir_faire, equipe, soumise_le,"
                            + " motif_decision, label_valide_jusqu_au) VALUES (?, 0, ?, 'demo', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id,
                    now,
                    now,
                    appel,
                    cf,
                    nom,
                    email,
                    statut,
                    savoirFaire,
                    "Direction des relations internationales ; direction de l’eau ; un élu délégué à la coopération.",
                    "BROUILLON".equals(statut) ? null : now,
                    motif,
                    label);
            jdbc.batchUpdate(
                    "INSERT INTO pact3_candidature_theme (candidature_id, theme_code) VALUES (?, ?)",
                    themes.stream().map(t -> new Object[] {id, t}).toList());
            jdbc.batchUpdate(
                    "INSERT INTO pact3_candidature_reference (candidature_id, partenariat_id) VALUES (?, ?)",
                    references.stream().map(r -> new Object[] {id, r}).toList());
            jdbc.batchUpdate(
                    "INSERT INTO pact3_candidature_pays (candidature_id, pays_code) VALUES (?, ?)",
                    pays.stream().distinct().map(p -> new Object[] {id, p}).toList());
            return id;
        }

        void jure(long candidature, long user, String email, int[] notes) {
            long id = jures.next();
            jdbc.update(
                    "INSERT INTO pact3_jure (id, version, created_at, created_by, updated_at, candidature_id, utilisateur_id,"
                            + " email, sans_conflit_le, note_le) VALUES (?, 0, ?, 'demo', ?, ?, ?, ?, ?, ?)",
                    id,
                    now,
                    now,
                    candidature,
                    user,
                    email,
                    now,
                    now);
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < notes.length; i++) {
                rows.add(new Object[] {
                    id, i, Math.max(0, Math.min(5, notes[i])), "Appréciation du juré sur le critère " + (i + 1) + "."
                });
            }
            jdbc.batchUpdate(
                    "INSERT INTO pact3_note (jure_id, critere_position, note, commentaire) VALUES (?, ?, ?, ?)", rows);
        }

        void jureEnAttente(long candidature, long user, String email) {
            jdbc.update(
                    "INSERT INTO pact3_jure (id, version, created_at, created_by, updated_at, candidature_id, utilisateur_id,"
                            + " email) VALUES (?, 0, ?, 'demo', ?, ?, ?, ?)",
                    jures.next(),
                    now,
                    now,
                    candidature,
                    user,
                    email);
        }

        void mission(
                long candidature, String pays, String objet, String statut, int transport, int perDiem, int autre) {
            long id = missions.next();
            jdbc.update(
                    "INSERT INTO pact3_mission (id, version, created_at, created_by, updated_at, candidature_id, pays_code,"
                            + " objet, statut, motif_refus) VALUES (?, 0, ?, 'demo', ?, ?, ?, ?, ?, ?)",
                    id,
                    now,
                    now,
                    candidature,
                    pays,
                    objet,
                    statut,
                    "REFUSEE".equals(statut) ? "Calendrier incompatible avec la saison des pluies." : null);
            jdbc.update(
                    "INSERT INTO pact3_mission_ligne (mission_id, nature, montant) VALUES (?, 'TRANSPORT', ?), (?, 'PER_DIEM', ?),"
                            + " (?, 'AUTRE', ?)",
                    id,
                    transport,
                    id,
                    perDiem,
                    id,
                    autre);
            if (Set.of("CLOTUREE", "RAPPORT_DEPOSE").contains(statut)) {
                byte[] rapport = ("Rapport de mission exploratoire\n\n" + objet
                                + "\n\nRencontres, constats et pistes de coopération.")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                jdbc.update(
                        "INSERT INTO pact3_piece_jointe (id, version, created_at, created_by, updated_at, mission_id, nom_fichier,"
                                + " type_mime, taille, contenu) VALUES (?, 0, ?, 'demo', ?, ?, 'rapport-de-mission.txt', 'text/plain', ?, ?)",
                        pieces.next(),
                        now,
                        now,
                        id,
                        rapport.length,
                        rapport);
            }
            if (Set.of("CLOTUREE", "RAPPORT_DEPOSE", "APPROUVEE").contains(statut)) {
                jdbc.update(
                        "INSERT INTO pact3_mission_paiement (mission_id, position, date_paiement, montant) VALUES (?, 0, ?, ?)",
                        id,
                        now.toLocalDateTime().toLocalDate().minusMonths(2),
                        transport);
            }
        }
    }
}
