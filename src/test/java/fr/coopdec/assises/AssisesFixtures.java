package fr.coopdec.assises;

import fr.coopdec.shared.security.Role;
import fr.coopdec.support.TestUsers;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Events, sessions and registrations with unique names, created as DAECT (ADMIN). */
@Component
public class AssisesFixtures {

    private final EvenementService evenements;
    private final ProgrammeService programme;
    private final InscriptionService inscriptions;
    private final TestUsers users;
    private final JdbcTemplate jdbc;

    AssisesFixtures(
            EvenementService evenements,
            ProgrammeService programme,
            InscriptionService inscriptions,
            TestUsers users,
            JdbcTemplate jdbc) {
        this.evenements = evenements;
        this.programme = programme;
        this.inscriptions = inscriptions;
        this.users = users;
        this.jdbc = jdbc;
    }

    public static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates an event (4-5 November 2099, registrations open) as ADMIN and signs out. */
    public Evenement evenement(int capacite) {
        return evenement(capacite, LocalDate.of(2099, 11, 4), LocalDate.of(2099, 11, 5), null, null);
    }

    /** Creates an event with these dates and registration window (null: the defaults) as ADMIN and signs out. */
    public Evenement evenement(int capacite, LocalDate debut, LocalDate fin, LocalDate ouverture, LocalDate fermeture) {
        users.signInAs(Role.ADMIN, u -> {});
        try {
            Evenement e = new Evenement("Assises test " + token(), "Cotonou", debut, fin, capacite);
            e.setInscriptionsOuverture(ouverture);
            e.setInscriptionsFermeture(fermeture);
            return evenements.creer(e);
        } finally {
            users.signOut();
        }
    }

    public SessionProgramme session(Evenement e, String salle, int heure, int capacite, String... intervenants) {
        users.signInAs(Role.ADMIN, u -> {});
        try {
            return programme.ajouter(
                    e.getId(),
                    "Atelier " + token(),
                    TypeSession.ATELIER,
                    salle,
                    LocalDateTime.of(2099, 11, 4, heure, 0),
                    LocalDateTime.of(2099, 11, 4, heure + 1, 30),
                    capacite,
                    java.util.Arrays.stream(intervenants)
                            .map(n -> new Intervenant(n, "Org", "Rôle"))
                            .toList());
        } finally {
            users.signOut();
        }
    }

    public static Participant participant(String nom) {
        return new Participant(
                "Awa",
                nom,
                nom.toLowerCase().replaceAll("[^a-z0-9]", "") + "@test.coopdec.fr",
                "Commune de Bohicon",
                CategorieParticipant.COLLECTIVITE_PARTENAIRE,
                null,
                null,
                null);
    }

    public ResultatInscription.Ligne inscrire(Evenement e, String nom, boolean attente, Long... sessions) {
        return inscriptions
                .inscrire(e.getId(), new DemandeInscription(List.of(participant(nom)), Set.of(sessions), attente, "fr"))
                .lignes()
                .get(0);
    }

    /** An organiser scoped to that event; returns its e-mail. */
    public String organisateur(Evenement e) {
        String email = users.create(Role.ORGANISATEUR);
        Long id = jdbc.queryForObject("SELECT id FROM utilisateur WHERE email = ?", Long.class, email);
        jdbc.update("INSERT INTO assises_organisateur (evenement_id, utilisateur_id) VALUES (?, ?)", e.getId(), id);
        return email;
    }

    public int maxParticipantsParDemande(long evenementId) {
        return jdbc.queryForObject(
                "SELECT max_participants_par_demande FROM assises_evenement WHERE id = ?", Integer.class, evenementId);
    }

    public int placesPrises(long evenementId) {
        return jdbc.queryForObject(
                "SELECT places_prises FROM assises_evenement WHERE id = ?", Integer.class, evenementId);
    }

    public int placesPrisesSession(long sessionId) {
        return jdbc.queryForObject("SELECT places_prises FROM assises_session WHERE id = ?", Integer.class, sessionId);
    }
}
