package fr.coopdec.pact3;

import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Calls, applications, jurors and laureates built through the services, as their users would. */
@Component
public class Pact3Fixtures {

    private final AppelPact3Service appels;
    private final CandidatureService candidatures;
    private final JuryService jury;
    private final MissionExploratoireService missions;
    private final AtlasFixtures atlas;
    private final TestUsers users;
    private final JdbcTemplate jdbc;

    Pact3Fixtures(
            AppelPact3Service appels,
            CandidatureService candidatures,
            JuryService jury,
            MissionExploratoireService missions,
            AtlasFixtures atlas,
            TestUsers users,
            JdbcTemplate jdbc) {
        this.appels = appels;
        this.candidatures = candidatures;
        this.jury = jury;
        this.missions = missions;
        this.atlas = atlas;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** A call open today, two weighted criteria (2 and 1), ceiling €8,000. */
    public Appel appelOuvert() {
        return appel(LocalDate.now().minusDays(10), LocalDate.now().plusDays(20));
    }

    public Appel appel(LocalDate ouverture, LocalDate cloture) {
        Appel a = new Appel(
                ouverture.getYear(),
                "Appel PACT3 " + AtlasFixtures.token(),
                ouverture,
                cloture,
                new BigDecimal("8000"));
        a.setCriteres(List.of(new Critere("Qualité du savoir-faire", 2), new Critere("Pertinence des références", 1)));
        return asAdmin(() -> appels.save(a));
    }

    /** A COLLECTIVITE user of that French commune (not signed in). */
    public String collectivite(String communeCode) {
        return users.create(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(atlas.commune(communeCode)));
    }

    /** A partnership of that commune in that country, active. */
    public Partenariat partenariat(String communeCode, String alpha2) {
        return atlas.partenariat(
                "Référence " + AtlasFixtures.token(), atlas.commune(communeCode), alpha2, "EAU_ASSAINISSEMENT");
    }

    /** A submitted application of the user (signed out afterwards). */
    public Candidature soumise(Appel appel, String email, String... themes) {
        users.signIn(email);
        try {
            Candidature c = candidatures.brouillon(appel.getId());
            c.setThemes(Set.of(themes.length == 0 ? new String[] {"EAU_ASSAINISSEMENT"} : themes));
            c.setSavoirFaire("Gestion de l’eau potable " + AtlasFixtures.token());
            return candidatures.soumettre(c);
        } finally {
            users.signOut();
        }
    }

    /** Assigns a new juror (any role), who declares and scores every criterion with the given scores. */
    public String jureNote(Candidature c, int... scores) {
        String email = users.create(Role.POSTE);
        Jure j = asAdmin(() -> jury.assigner(c.getId(), email));
        users.signIn(email);
        try {
            jury.declarerSansConflit(j.getId());
            List<Note> notes = new java.util.ArrayList<>();
            for (int i = 0; i < scores.length; i++) {
                notes.add(new Note(i, scores[i], "Commentaire " + i));
            }
            jury.noter(j.getId(), notes);
        } finally {
            users.signOut();
        }
        return email;
    }

    /** A laureate of a fresh call: submitted, scored by one juror, labelled. */
    public Candidature laureat(String email, String... themes) {
        Candidature c = soumise(appelOuvert(), email, themes);
        jureNote(c, 4, 5);
        return asAdmin(() -> jury.decider(c.getId(), true, "Savoir-faire reconnu"));
    }

    /** An eligible country for missions (few active partnerships), read as the view would. */
    public PaysEligible paysEligible() {
        return missions.paysEligibles().get(0);
    }

    public <T> T asAdmin(Supplier<T> action) {
        users.signInAs(Role.ADMIN, u -> {});
        try {
            return action.get();
        } finally {
            users.signOut();
        }
    }

    public int mailsTo(String email) {
        Integer n =
                jdbc.queryForObject("SELECT COUNT(*) FROM mail_sortant WHERE destinataire = ?", Integer.class, email);
        return n == null ? 0 : n;
    }

    public String dernierMail(String email) {
        return jdbc.queryForObject(
                "SELECT CONCAT(sujet, '\n', corps) FROM mail_sortant WHERE destinataire = ? ORDER BY id DESC LIMIT 1",
                String.class,
                email);
    }
}
