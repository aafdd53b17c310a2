package fr.coopdec.appels;

import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.shared.crossmodule.CategorieDepense;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** DAECT calls and applications entered as DAECT and the authorities would; amounts in euros. */
@Component
public class AppelsFixtures {

    /** The year the fixtures' projects run (the calls are open now for next year). */
    public static final int ANNEE = LocalDate.now().getYear() + 1;

    private final AtlasFixtures atlas;
    private final TestUsers users;
    private final AppelDaectService appels;
    private final CandidatureDaectService candidatures;
    private final DecisionDaectService decisions;
    private final JdbcTemplate jdbc;

    AppelsFixtures(
            AtlasFixtures atlas,
            TestUsers users,
            AppelDaectService appels,
            CandidatureDaectService candidatures,
            DecisionDaectService decisions,
            JdbcTemplate jdbc) {
        this.atlas = atlas;
        this.users = users;
        this.appels = appels;
        this.candidatures = candidatures;
        this.decisions = decisions;
        this.jdbc = jdbc;
    }

    /** An annual call for next year, open from ten days ago to a month from now, saved by DAECT. */
    public AppelDaect appel(long budget) {
        AppelDaect appel = new AppelDaect(
                "Appel annuel " + AtlasFixtures.token(),
                TypeAppel.ANNUEL,
                ANNEE,
                ANNEE,
                LocalDate.now().minusDays(10),
                LocalDate.now().plusDays(30),
                euros(budget));
        return asAdmin(() -> appels.save(appel));
    }

    /** A partnership of that commune in that country, saved by DAECT. */
    public Partenariat partenariat(String commune, String alpha2) {
        return atlas.partenariat("Partenariat DAECT " + AtlasFixtures.token(), atlas.commune(commune), alpha2);
    }

    public Partenariat partenariat(CollectiviteFrancaise francaise, String alpha2) {
        return atlas.partenariat("Partenariat DAECT " + AtlasFixtures.token(), francaise, alpha2);
    }

    public String signInCollectivite(CollectiviteFrancaise collectivite) {
        return users.signInAs(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(collectivite));
    }

    public CollectiviteFrancaise commune(String code) {
        return atlas.commune(code);
    }

    /**
     * A draft of the partnership's (first) French authority with one training expense of next year,
     * costing twice the DAECT share; saved by a user of that authority, who stays signed in.
     */
    public CandidatureDaect brouillon(AppelDaect appel, Partenariat p, long partDaect) {
        CollectiviteFrancaise porteur =
                p.getCollectivitesFrancaises().iterator().next();
        signInCollectivite(porteur);
        CandidatureDaect c = candidatures.nouvelle(appel.getId());
        c.setPartenariatId(p.getId());
        c.setIntitule("Projet " + AtlasFixtures.token());
        c.addLigne(new LigneFinancementDaect(
                CategorieDepense.FORMATION,
                ANNEE,
                "Formation des agents municipaux",
                euros(2 * partDaect),
                euros(partDaect)));
        return candidatures.enregistrer(c);
    }

    /** A submitted application (signs out afterwards). */
    public CandidatureDaect deposee(AppelDaect appel, Partenariat p, long partDaect) {
        CandidatureDaect c = brouillon(appel, p, partDaect);
        try {
            return candidatures.deposer(c.getId(), c.getVersion());
        } finally {
            users.signOut();
        }
    }

    /** A submitted application whose instruction DAECT opened. */
    public CandidatureDaect enInstruction(AppelDaect appel, Partenariat p, long partDaect) {
        CandidatureDaect c = deposee(appel, p, partDaect);
        return asAdmin(() -> decisions.instruire(c.getId(), c.getVersion(), "Projet solide, partenaire engagé."));
    }

    /** A granted application (the whole amount asked). */
    public CandidatureDaect accordee(AppelDaect appel, Partenariat p, long partDaect) {
        CandidatureDaect c = enInstruction(appel, p, partDaect);
        return asAdmin(() -> decisions.accorder(c.getId(), c.getVersion(), euros(partDaect), "Conforme à l’appel."));
    }

    /** A new DAECT account, signed in; returns its e-mail. */
    public String signInAdmin() {
        return users.signInAs(Role.ADMIN, u -> {});
    }

    public <T> T asAdmin(java.util.function.Supplier<T> action) {
        signInAdmin();
        try {
            return action.get();
        } finally {
            users.signOut();
        }
    }

    public void signOut() {
        users.signOut();
    }

    /** The call's amount granted as the database holds it. */
    public BigDecimal engage(long appelId) {
        return jdbc.queryForObject("SELECT montant_engage FROM appels_appel WHERE id = ?", BigDecimal.class, appelId);
    }

    public static BigDecimal euros(long amount) {
        return BigDecimal.valueOf(amount);
    }
}
