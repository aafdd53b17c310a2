package fr.coopdec.jeunesse;

import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.CollectivitePartenaire;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** Volunteers and placements saved as France Volontaires, on the real referential. */
@Component
public class JeunesseFixtures {

    public final AtlasFixtures atlas;
    private final VolontaireService volontaires;
    private final MissionService missions;
    private final AppelService appels;
    private final TestUsers users;

    JeunesseFixtures(
            AtlasFixtures atlas,
            VolontaireService volontaires,
            MissionService missions,
            AppelService appels,
            TestUsers users) {
        this.atlas = atlas;
        this.volontaires = volontaires;
        this.missions = missions;
        this.appels = appels;
        this.users = users;
    }

    /** A volunteer born on that date, named with a unique word; Beninese. */
    public Volontaire volontaire(String nom, LocalDate naissance) {
        Volontaire v = new Volontaire("Awa", nom, naissance, atlas.pays("BJ"), LocalDate.of(2020, 1, 15));
        v.setEmail(nom.toLowerCase() + "@exemple.bj");
        return as(() -> volontaires.save(v));
    }

    /** A placement of that volunteer: Lyon with a new foreign authority of that country. */
    public Mission mission(
            Volontaire v,
            Direction direction,
            String alpha2,
            LocalDate debut,
            LocalDate fin,
            StatutMission statut,
            Long partenariatId) {
        CollectivitePartenaire partenaire = atlas.partenaire(alpha2);
        return mission(v, direction, atlas.commune("69123"), partenaire, debut, fin, statut, partenariatId);
    }

    public Mission mission(
            Volontaire v,
            Direction direction,
            CollectiviteFrancaise francaise,
            CollectivitePartenaire partenaire,
            LocalDate debut,
            LocalDate fin,
            StatutMission statut,
            Long partenariatId) {
        Mission m = new Mission(
                v,
                direction,
                Programme.VOLONTARIAT_RECIPROCITE,
                partenaire.getPays(),
                direction == Direction.ENVOI ? "Abomey" : "Lyon",
                debut,
                fin);
        m.setCollectiviteFrancaise(francaise);
        m.setCollectivitePartenaire(partenaire);
        m.setStatut(statut);
        m.setPartenariatId(partenariatId);
        return as(() -> missions.save(m));
    }

    public ProjetJeunesse projet(String intitule, BigDecimal subvention, int prevues) {
        users.signInAs(Role.ADMIN, u -> {});
        try {
            AppelJeunesse appel = appels.save(new AppelJeunesse("Appel " + intitule, 2024));
            return appels.save(new ProjetJeunesse(appel, intitule, subvention, prevues));
        } finally {
            users.signOut();
        }
    }

    private <T> T as(Supplier<T> action) {
        users.signInAs(Role.VOLONTARIAT, u -> {});
        try {
            return action.get();
        } finally {
            users.signOut();
        }
    }
}
