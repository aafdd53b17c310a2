package fr.coopdec.atlas;

import fr.coopdec.shared.security.Role;
import fr.coopdec.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Partnerships with contacts and a co-financed project, as the open-data exports read them. */
@Component
public class OpenDataFixtures {

    public static final String ELU_NOM = "Camille Confidentielle";
    public static final String ELU_EMAIL = "camille.confidentielle@example.fr";
    public static final String ELU_FONCTION = "Adjointe aux relations internationales";

    private final AtlasFixtures fixtures;
    private final PartenariatService service;
    private final TestUsers users;

    OpenDataFixtures(AtlasFixtures fixtures, PartenariatService service, TestUsers users) {
        this.fixtures = fixtures;
        this.service = service;
        this.users = users;
    }

    /** Lyon with a new commune of the country, theme water, one project co-financed by DAECT and AFD. */
    public Partenariat avecProjet(String intitule, String alpha2) {
        Partenariat p = fixtures.unsaved(intitule, fixtures.commune("69123"), fixtures.partenaire(alpha2));
        p.getThematiques().add(fixtures.thematique("EAU_ASSAINISSEMENT"));
        p.setElu(new Contact(ELU_NOM, ELU_FONCTION, ELU_EMAIL));
        Projet projet = new Projet("Forages " + intitule);
        projet.setDescription("Accès à l’eau potable & assainissement <quartiers>");
        projet.setStatut(StatutProjet.MISE_EN_OEUVRE);
        projet.setDateDebut(LocalDate.of(2022, 3, 1));
        projet.setDateFin(LocalDate.of(2025, 6, 30));
        projet.setBudgetTotal(new BigDecimal("150000.00"));
        projet.setThematiques(Set.of(fixtures.thematique("EAU_ASSAINISSEMENT")));
        projet.setCofinancements(Set.of(
                new Cofinancement(SourceFinancement.DAECT, new BigDecimal("40000.00")),
                new Cofinancement(SourceFinancement.AFD_FICOL, new BigDecimal("25000.50"))));
        p.addProjet(projet);
        Projet sansDates = new Projet("Jumelage scolaire " + intitule);
        sansDates.setStatut(StatutProjet.IDENTIFICATION);
        p.addProjet(sansDates);
        users.signInAs(Role.ADMIN, u -> {});
        try {
            return service.save(p);
        } finally {
            users.signOut();
        }
    }
}
