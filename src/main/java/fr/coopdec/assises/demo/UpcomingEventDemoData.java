package fr.coopdec.assises.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo: an event whose registrations are open, so that a visitor can try the registration form (the
 * Cotonou 2016 Assises closed theirs long ago). It starts on the first Thursday four months after the
 * demo data is made, has a short programme and no registration yet; organisateur@coopdec.fr manages it.
 * Skipped when an event still to come exists.
 */
@Component
@Order(56)
@ConditionalOnProperty(name = "coopdec.demo.enabled", havingValue = "true")
class UpcomingEventDemoData implements ApplicationRunner {

    static final String TITRE = "Rencontres de la coopération décentralisée franco-sénégalaise";
    private static final Logger log = LoggerFactory.getLogger(UpcomingEventDemoData.class);

    /** Title, type, room, day (0 or 1), start, end, capacity. */
    private record Session(String titre, String type, String salle, int jour, String debut, String fin, int capacite) {}

    private static final List<Session> SESSIONS = List.of(
            new Session("Ouverture officielle", "PLENIERE", "Grande salle", 0, "09:00", "10:30", 250),
            new Session(
                    "Atelier : eau et assainissement dans les communes du Sénégal",
                    "ATELIER",
                    "Salle Gorée",
                    0,
                    "11:00",
                    "12:30",
                    60),
            new Session(
                    "Atelier : jeunesse, volontariat et réciprocité",
                    "ATELIER",
                    "Salle Saloum",
                    0,
                    "11:00",
                    "12:30",
                    60),
            new Session(
                    "Atelier : financer un projet (FICOL, appels à projets DAECT)",
                    "ATELIER",
                    "Salle Gorée",
                    1,
                    "09:30",
                    "11:00",
                    60),
            new Session("Restitution des ateliers et clôture", "PLENIERE", "Grande salle", 1, "11:30", "13:00", 250));

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final UserDetailsService users;
    private final Clock clock;

    UpcomingEventDemoData(JdbcTemplate jdbc, TransactionTemplate transactions, UserDetailsService users, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.users = users;
        this.clock = clock;
    }

    /** The first Thursday four months after that day: far enough for registrations to stay open a while. */
    static LocalDate debut(LocalDate today) {
        return today.plusMonths(4).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(clock);
        Integer upcoming = jdbc.queryForObject(
                "SELECT COUNT(*) FROM assises_evenement WHERE date_debut > ?", Integer.class, today);
        if (upcoming != null && upcoming > 0) {
            return;
        }
        LocalDate debut = debut(today);
        // looked up first: an unknown account marks the surrounding transaction for rollback
        Long organisateur = AssisesDemoData.organisateur(users);
        transactions.executeWithoutResult(tx -> write(debut, organisateur));
        log.info("Assises demo data: {} on {}, registrations open", TITRE, debut);
    }

    private void write(LocalDate debut, Long organisateur) {
        Timestamp now = Timestamp.from(clock.instant());
        long evenementId = next("assises_evenement_seq");
        jdbc.update(
                "INSERT INTO assises_evenement (id, version, created_at, created_by, updated_at, titre, lieu, date_debut,"
                        + " date_fin, organisateurs, objectifs, capacite, places_prises, approbation_requise)"
                        + " VALUES (?, 0, ?, 'demo', ?, ?, ?, ?, ?, ?, ?, 250, 0, FALSE)",
                evenementId,
                now,
                now,
                TITRE,
                "Dakar, Centre international de conférences Abdou Diouf",
                debut,
                debut.plusDays(1),
                "Ambassade de France au Sénégal, DAECT, Association des maires du Sénégal",
                "Faire le point sur les partenariats entre collectivités françaises et sénégalaises,"
                        + " préparer les candidatures aux appels à projets et accueillir les nouveaux partenaires.");
        for (Session s : SESSIONS) {
            LocalDate jour = debut.plusDays(s.jour());
            CotonouWriter.insertSession(jdbc, now, new Object[] {
                next("assises_session_seq"),
                evenementId,
                s.titre(),
                s.type(),
                s.salle(),
                LocalDateTime.of(jour, LocalTime.parse(s.debut())),
                LocalDateTime.of(jour, LocalTime.parse(s.fin())),
                s.capacite()
            });
        }
        if (organisateur != null) {
            jdbc.update(
                    "INSERT IGNORE INTO assises_organisateur (evenement_id, utilisateur_id) VALUES (?, ?)",
                    evenementId,
                    organisateur);
        }
    }

    private long next(String sequence) {
        Long id = jdbc.queryForObject("SELECT NEXT VALUE FOR " + sequence, Long.class);
        return id == null ? 0 : id;
    }
}
