package fr.coopdec.atlas;

import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.CollectivitePartenaire;
import fr.coopdec.referential.CollectivitePartenaireService;
import fr.coopdec.referential.NiveauCollectivitePartenaire;
import fr.coopdec.referential.Pays;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.referential.Thematique;
import fr.coopdec.referential.TypeCollectiviteFrancaise;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.TestUsers;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Builds partnerships on the real reference data, as DAECT would enter them. */
@Component
public class AtlasFixtures {

    private final ReferentialQueries referential;
    private final CollectivitePartenaireService partenaires;
    private final PartenariatService service;
    private final TestUsers users;

    AtlasFixtures(
            ReferentialQueries referential,
            CollectivitePartenaireService partenaires,
            PartenariatService service,
            TestUsers users) {
        this.referential = referential;
        this.partenaires = partenaires;
        this.service = service;
        this.users = users;
    }

    /** A word no other test uses, to put in titles and search for. */
    public static String token() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    public Pays pays(String alpha2) {
        return referential.findPays(alpha2).orElseThrow();
    }

    public CollectiviteFrancaise francaise(TypeCollectiviteFrancaise type, String code) {
        return referential.findCollectiviteFrancaise(type, code).orElseThrow();
    }

    public CollectiviteFrancaise commune(String code) {
        return francaise(TypeCollectiviteFrancaise.COMMUNE, code);
    }

    public Thematique thematique(String code) {
        return referential.allThematiques().stream()
                .filter(t -> t.getCode().equals(code))
                .findFirst()
                .orElseThrow();
    }

    /** A new foreign commune in that country (saved as DAECT). */
    public CollectivitePartenaire partenaire(String alpha2) {
        users.signInAs(Role.ADMIN, u -> {});
        try {
            return partenaires.save(new CollectivitePartenaire(
                    "Commune " + token(), pays(alpha2), NiveauCollectivitePartenaire.COMMUNE));
        } finally {
            users.signOut();
        }
    }

    /** A partnership saved as DAECT, titled with the given text. */
    public Partenariat partenariat(String intitule, CollectiviteFrancaise francaise, String alpha2, String... themes) {
        Partenariat p = unsaved(intitule, francaise, partenaire(alpha2));
        for (String theme : themes) {
            p.getThematiques().add(thematique(theme));
        }
        users.signInAs(Role.ADMIN, u -> {});
        try {
            return service.save(p);
        } finally {
            users.signOut();
        }
    }

    public Partenariat unsaved(String intitule, CollectiviteFrancaise francaise, CollectivitePartenaire partenaire) {
        Partenariat p = new Partenariat(intitule, partenaire.getPays(), 2015);
        p.setCollectivitesFrancaises(Set.of(francaise));
        p.setCollectivitesPartenaires(Set.of(partenaire));
        return p;
    }
}
