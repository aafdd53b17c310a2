package fr.coopdec.atlas;

import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.CollectivitePartenaire;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** Partnerships with projects, contacts and status, for the public pages' tests (saved as DAECT). */
@Component
public class AtlasUiFixtures {

    private final AtlasFixtures fixtures;
    private final PartenariatService service;
    private final TestUsers users;

    AtlasUiFixtures(AtlasFixtures fixtures, PartenariatService service, TestUsers users) {
        this.fixtures = fixtures;
        this.service = service;
        this.users = users;
    }

    /** A partnership changed by {@code change} before it is saved. */
    public Partenariat partenariat(
            String intitule,
            CollectiviteFrancaise francaise,
            CollectivitePartenaire partenaire,
            Consumer<Partenariat> change) {
        Partenariat p = fixtures.unsaved(intitule, francaise, partenaire);
        change.accept(p);
        return save(p);
    }

    /** A water partnership of Saint-Étienne in Benin, with contacts and one co-financed project. */
    public Partenariat complet(String intitule) {
        return partenariat(intitule, fixtures.commune("42218"), fixtures.partenaire("BJ"), p -> {
            p.setNature(NaturePartenariat.JUMELAGE);
            p.setStatut(StatutPartenariat.EN_SOMMEIL);
            p.setAnneeFin(2024);
            p.setDescription("Accès à l’eau potable dans les quartiers périphériques.");
            p.getThematiques().add(fixtures.thematique("EAU_ASSAINISSEMENT"));
            p.setElu(
                    new Contact("Jeanne Martin", "Adjointe aux relations internationales", "jeanne.martin@example.fr"));
            p.setTechnicien(new Contact("Paul Durand", "Chargé de mission coopération", "paul.durand@example.fr"));
            Projet projet = new Projet("Forages " + intitule);
            projet.setStatut(StatutProjet.ACHEVEMENT);
            projet.setDateDebut(LocalDate.of(2019, 3, 1));
            projet.setDateFin(LocalDate.of(2022, 12, 31));
            projet.setBudgetTotal(new BigDecimal("150000"));
            projet.setCofinancements(Set.of(
                    new Cofinancement(SourceFinancement.DAECT, new BigDecimal("45000")),
                    new Cofinancement(SourceFinancement.COLLECTIVITES, new BigDecimal("105000"))));
            p.addProjet(projet);
        });
    }

    /** Saves as DAECT; the caller is signed out afterwards. */
    public Partenariat save(Partenariat p) {
        users.signInAs(Role.ADMIN, u -> {});
        try {
            return service.save(p);
        } finally {
            users.signOut();
        }
    }
}
