package fr.coopdec.assises.demo;

import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.CollectivitePartenaire;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes the demo event with batch inserts, keeping the seat counters equal to the seats given. */
final class CotonouWriter {

    private static final String[] PRENOMS = {
        "Adjoa",
        "Koffi",
        "Aïcha",
        "Mathieu",
        "Rachidi",
        "Claire",
        "Sènan",
        "Julien",
        "Fifamè",
        "Nadine",
        "Olivier",
        "Bienvenu",
        "Camille",
        "Rosine",
        "Hugues",
        "Mariam",
        "Pierre",
        "Désiré",
        "Isabelle",
        "Gildas",
        "Laure",
        "Thierry",
        "Edwige",
        "Nicolas",
        "Yasmine",
        "Armand"
    };
    private static final String[] NOMS = {
        "Agossou",
        "Dossou",
        "Houngbo",
        "Martin",
        "Bernard",
        "Kpadonou",
        "Sossa",
        "Lefèvre",
        "Tchibozo",
        "Zinsou",
        "Gbaguidi",
        "Moreau",
        "Ahouansou",
        "Laurent",
        "Akplogan",
        "Girard",
        "Hounkpatin",
        "Fontaine",
        "Adjanohoun",
        "Roux",
        "Quenum",
        "Chabi",
        "Mercier",
        "Vodounon",
        "Dupuis"
    };
    private static final String[][] ORGANISATIONS = {
        {
            "ASSOCIATION_COLLECTIVITES",
            "15",
            "Association nationale des communes du Bénin (ANCB)|Cités Unies France|Association des maires de France|Régions de France|Association des départements de France"
        },
        {"AFD", "10", "Agence française de développement"},
        {
            "SOCIETE_CIVILE",
            "45",
            "Plateforme des acteurs de la société civile au Bénin|Social Watch Bénin|Eau Vive Internationale|Réseau des femmes élues locales|Aide et Action|Association des jeunes de Ouidah"
        },
        {"UNION_EUROPEENNE", "6", "Délégation de l’Union européenne au Bénin"},
        {
            "ETAT_AMBASSADE",
            "20",
            "Ambassade de France au Bénin|Ministère de la Décentralisation et de la Gouvernance locale|Préfecture du Littoral|Ministère du Cadre de vie"
        },
        {
            "SECTEUR_PRIVE",
            "20",
            "CCI Bénin|Société béninoise d’énergie électrique|Veolia|SONEB|Groupement des entreprises du Bénin"
        },
        {"MEDIA", "10", "ORTB|La Nation|RFI|Bénin Web TV"},
        {"AUTRE", "4", "Université d’Abomey-Calavi|Institut de recherche pour le développement"}
    };

    private static final SecureRandom TOKENS = new SecureRandom();
    private final JdbcTemplate jdbc;
    private final LocalDate debut;
    private final Random random = new Random(2016);
    private final Timestamp now;
    private final List<Object[]> inscriptions = new ArrayList<>();
    private final List<Object[]> choix = new ArrayList<>();
    private final List<Object[]> presences = new ArrayList<>();
    private long[] sessionIds;
    private int[] pris;
    private int[] capacites;
    private int confirmees;
    private long evenementId;

    CotonouWriter(JdbcTemplate jdbc, LocalDate debut, Instant now) {
        this.now = Timestamp.from(now);
        this.jdbc = jdbc;
        this.debut = debut;
    }

    /** Returns {sessions, registrations}. */
    int[] write(
            List<CollectivitePartenaire> communes,
            List<CollectiviteFrancaise> francaises,
            List<Long> partenariats,
            Long organisateur) {
        evenementId = next("assises_evenement_seq");
        jdbc.update(
                "INSERT INTO assises_evenement (id, version, created_at, created_by, updated_at, titre, lieu, date_debut,"
                        + " date_fin, organisateurs, objectifs, capacite, places_prises, approbation_requise)"
                        + " VALUES (?, 0, ?, 'demo', ?, ?, ?, ?, ?, ?, ?, 300, 0, FALSE)",
                evenementId,
                now,
                now,
                CotonouProgramme.TITRE,
                CotonouProgramme.LIEU,
                debut,
                debut.plusDays(1),
                CotonouProgramme.ORGANISATEURS,
                CotonouProgramme.OBJECTIFS);
        writeSessions();
        for (CollectivitePartenaire c : communes) {
            participant("COLLECTIVITE_PARTENAIRE", "Commune de " + c.getNom(), null, c.getId(), "CONFIRMEE");
        }
        for (int i = 0; confirmees < 110 + 60 && !francaises.isEmpty(); i++) {
            if (confirmees < 110 && !communes.isEmpty()) {
                CollectivitePartenaire c = communes.get(i % communes.size());
                participant("COLLECTIVITE_PARTENAIRE", "Commune de " + c.getNom(), null, c.getId(), "CONFIRMEE");
            } else {
                CollectiviteFrancaise f = francaises.get(i % francaises.size());
                participant("COLLECTIVITE_FRANCAISE", "Ville de " + f.getNom(), f.getId(), null, "CONFIRMEE");
            }
        }
        for (String[] org : ORGANISATIONS) {
            String[] noms = org[2].split("\\|");
            for (int i = 0; i < Integer.parseInt(org[1]); i++) {
                participant(org[0], noms[i % noms.length], null, null, confirmees < 300 ? "CONFIRMEE" : "EN_ATTENTE");
            }
        }
        while (confirmees < 300) {
            participant("SOCIETE_CIVILE", "Association de la diaspora béninoise en France", null, null, "CONFIRMEE");
        }
        for (int i = 0; i < 12; i++) {
            participant(
                    i % 2 == 0 ? "SOCIETE_CIVILE" : "COLLECTIVITE_FRANCAISE",
                    i % 2 == 0
                            ? "Collectif Bénin-France"
                            : "Ville de "
                                    + (francaises.isEmpty()
                                            ? "Lyon"
                                            : francaises
                                                    .get(i % francaises.size())
                                                    .getNom()),
                    null,
                    null,
                    "EN_ATTENTE");
        }
        for (int i = 0; i < 6; i++) {
            participant("SECTEUR_PRIVE", "Cabinet d’études urbaines", null, null, "ANNULEE");
        }
        jdbc.batchUpdate(
                "INSERT INTO assises_inscription (id, version, created_at, created_by, updated_at, evenement_id, jeton,"
                        + " badge_jeton, delegation, prenom, nom, email, organisation, categorie, collectivite_francaise_id,"
                        + " collectivite_partenaire_id, accessibilite, langue, statut) VALUES (?, 0, ?, 'demo', ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                inscriptions);
        jdbc.batchUpdate(
                "INSERT INTO assises_choix_session (id, version, created_at, created_by, updated_at, inscription_id,"
                        + " session_id, statut) VALUES (?, 0, ?, 'demo', ?, ?, ?, ?)",
                choix);
        jdbc.batchUpdate(
                "INSERT INTO assises_presence (inscription_id, jour, pointe_at, pointe_par) VALUES (?, ?, ?, 'demo')",
                presences);
        jdbc.update("UPDATE assises_evenement SET places_prises = ? WHERE id = ?", confirmees, evenementId);
        for (int s = 0; s < sessionIds.length; s++) {
            jdbc.update("UPDATE assises_session SET places_prises = ? WHERE id = ?", pris[s], sessionIds[s]);
        }
        writeOutcomes(partenariats);
        if (organisateur != null) {
            jdbc.update(
                    "INSERT IGNORE INTO assises_organisateur (evenement_id, utilisateur_id) VALUES (?, ?)",
                    evenementId,
                    organisateur);
        }
        return new int[] {sessionIds.length, inscriptions.size()};
    }

    private void writeSessions() {
        List<CotonouProgramme.Session> sessions = CotonouProgramme.SESSIONS;
        sessionIds = new long[sessions.size()];
        pris = new int[sessions.size()];
        capacites = new int[sessions.size()];
        List<Object[]> orateurs = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            CotonouProgramme.Session s = sessions.get(i);
            sessionIds[i] = next("assises_session_seq");
            capacites[i] = s.capacite();
            LocalDate jour = debut.plusDays(s.jour());
            insertSession(jdbc, now, new Object[] {
                sessionIds[i],
                evenementId,
                s.titre(),
                s.type(),
                s.salle(),
                LocalDateTime.of(jour, LocalTime.parse(s.debut())),
                LocalDateTime.of(jour, LocalTime.parse(s.fin())),
                s.capacite()
            });
            for (int o = 0; o < s.orateurs().size(); o++) {
                CotonouProgramme.Orateur or = s.orateurs().get(o);
                orateurs.add(new Object[] {sessionIds[i], o, or.nom(), or.organisation(), or.fonction()});
            }
        }
        jdbc.batchUpdate(
                "INSERT INTO assises_intervenant (session_id, position, nom, organisation, fonction) VALUES (?, ?, ?, ?, ?)",
                orateurs);
    }

    private void participant(String categorie, String organisation, Long francaise, Long partenaire, String statut) {
        long id = next("assises_inscription_seq");
        String prenom = PRENOMS[random.nextInt(PRENOMS.length)];
        String nom = NOMS[random.nextInt(NOMS.length)];
        String email = (prenom + "." + nom + "." + id).toLowerCase().replaceAll("[^a-z0-9.]", "") + "@exemple.bj";
        String accessibilite = random.nextInt(25) == 0
                ? "Accès en fauteuil roulant"
                : random.nextInt(30) == 0 ? "Repas végétarien" : null;
        inscriptions.add(new Object[] {
            id,
            now,
            now,
            evenementId,
            jeton(),
            jeton(),
            prenom,
            nom,
            email,
            organisation,
            categorie,
            francaise,
            partenaire,
            accessibilite,
            random.nextInt(8) == 0 ? "en" : "fr",
            statut
        });
        boolean confirmee = "CONFIRMEE".equals(statut);
        if (confirmee) {
            confirmees++;
        }
        List<Integer> voulues = new ArrayList<>(List.of(0, 8, 10));
        voulues.add(1 + random.nextInt(3));
        voulues.add(5 + random.nextInt(2));
        if (random.nextInt(3) == 0) {
            voulues.add(9);
        }
        if (categorie.startsWith("COLLECTIVITE") && random.nextInt(5) == 0) {
            voulues.add(4);
        }
        if (categorie.equals("ASSOCIATION_COLLECTIVITES") || random.nextInt(12) == 0) {
            voulues.add(7);
        }
        for (int s : voulues) {
            boolean place = confirmee && pris[s] < capacites[s];
            if (place) {
                pris[s]++;
            }
            choix.add(new Object[] {
                next("assises_choix_session_seq"), now, now, id, sessionIds[s], place ? "CONFIRME" : "EN_ATTENTE"
            });
        }
        if (confirmee && random.nextInt(10) < 9) {
            presences.add(new Object[] {id, debut, Timestamp.valueOf(debut.atTime(8, random.nextInt(59)))});
        }
        if (confirmee && random.nextInt(10) < 8) {
            presences.add(new Object[] {
                id, debut.plusDays(1), Timestamp.valueOf(debut.plusDays(1).atTime(8, random.nextInt(59)))
            });
        }
    }

    private void writeOutcomes(List<Long> partenariats) {
        Object[][] resultats = {
            {
                1,
                "RECOMMANDATION",
                "Mutualiser la maîtrise d’ouvrage de l’eau potable entre communes voisines, avec l’appui des coopérations françaises."
            },
            {
                1,
                "ENGAGEMENT",
                "Lyon et Porto-Novo s’engagent à étendre leur programme d’assainissement à deux quartiers supplémentaires."
            },
            {2, "RECOMMANDATION", "Intégrer un volet climat (plans climat communaux) à chaque nouveau partenariat."},
            {
                3,
                "ENGAGEMENT",
                "Créer un cadre de concertation annuel avec la CCI et les organisations de la société civile."
            },
            {5, "RECOMMANDATION", "Simplifier l’accès des petites communes aux appels à projets et à la FICOL."},
            {6, "ENGAGEMENT", "Accueillir des volontaires béninois en France en réciprocité dès 2017."}
        };
        List<Object[]> rows = new ArrayList<>();
        for (Object[] r : resultats) {
            rows.add(new Object[] {next("assises_resultat_seq"), now, now, sessionIds[(int) r[0]], r[1], r[2]});
        }
        jdbc.batchUpdate(
                "INSERT INTO assises_resultat (id, version, created_at, created_by, updated_at, session_id, type, texte)"
                        + " VALUES (?, 0, ?, 'demo', ?, ?, ?, ?)",
                rows);
        Object[][] actions = {
            {
                1,
                "Étude de faisabilité de l’intercommunalité de l’eau (Porto-Novo, Adjarra, Avrankou)",
                "Ville de Porto-Novo",
                "2017-06-30",
                "FAITE",
                0
            },
            {2, "Plans climat dans cinq communes pilotes", "Région Nouvelle-Aquitaine", "2018-12-31", "EN_COURS", 1},
            {3, "Premier forum économique franco-béninois des territoires", "CCI Bénin", "2017-11-15", "FAITE", -1},
            {5, "Guide des financements de la coopération décentralisée au Bénin", "DAECT", "2017-03-31", "FAITE", -1},
            {
                6,
                "Programme de volontariat de réciprocité (20 jeunes par an)",
                "France Volontaires",
                "2018-09-01",
                "EN_COURS",
                2
            },
            {4, "Atelier FICOL pour les communes du Zou et des Collines", "AFD", "2017-09-30", "A_FAIRE", 3}
        };
        rows.clear();
        for (Object[] a : actions) {
            int p = (int) a[5];
            rows.add(new Object[] {
                next("assises_action_seq"),
                now,
                now,
                evenementId,
                sessionIds[(int) a[0]],
                a[1],
                a[2],
                LocalDate.parse((String) a[3]),
                a[4],
                p >= 0 && p < partenariats.size() ? partenariats.get(p) : null
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO assises_action (id, version, created_at, created_by, updated_at, evenement_id, session_id,"
                        + " intitule, responsable, echeance, statut, partenariat_id) VALUES (?, 0, ?, 'demo', ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
    }

    /** One programme session: id, event id, title, type, room, start, end, capacity; no seat taken. */
    static void insertSession(JdbcTemplate jdbc, Timestamp now, Object[] session) {
        jdbc.update(
                "INSERT INTO assises_session (id, evenement_id, titre, type, salle, debut, fin, capacite, version,"
                        + " created_at, created_by, updated_at, places_prises) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 'demo', ?, 0)",
                java.util.stream.Stream.concat(java.util.Arrays.stream(session), java.util.stream.Stream.of(now, now))
                        .toArray());
    }

    private long next(String sequence) {
        Long id = jdbc.queryForObject("SELECT NEXTVAL(" + sequence + ")", Long.class);
        return Objects.requireNonNull(id);
    }

    /** Secure even in the demo: the personal links must not be guessable from the seed of the names. */
    private static String jeton() {
        byte[] bytes = new byte[18];
        TOKENS.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
