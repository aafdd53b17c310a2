package fr.coopdec.ficol;

import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** FICOL files on real partnerships, entered as the authority would; amounts in euros. */
@Component
public class FicolFixtures {

    private final AtlasFixtures atlas;
    private final TestUsers users;
    private final FicolDossierService service;
    private final JdbcTemplate jdbc;

    private final FicolWorkflowService workflow;

    FicolFixtures(
            AtlasFixtures atlas,
            TestUsers users,
            FicolDossierService service,
            JdbcTemplate jdbc,
            FicolWorkflowService workflow) {
        this.workflow = workflow;
        this.atlas = atlas;
        this.users = users;
        this.service = service;
        this.jdbc = jdbc;
    }

    /** A partnership of that commune in that country, saved as DAECT. */
    public Partenariat partenariat(String commune, String alpha2) {
        return atlas.partenariat("FICOL " + AtlasFixtures.token(), atlas.commune(commune), alpha2);
    }

    /** A user of that commune, signed in; returns the e-mail. */
    public String signInCollectivite(String commune) {
        return users.signInAs(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(atlas.commune(commune)));
    }

    public String signInAs(Role role) {
        return users.signInAs(role, u -> {});
    }

    /**
     * A draft of 1,000,000 €: AFD 600,000 over two years, own share {@code partPropre}, the rest from the
     * European Union; saved by a user of the commune, who stays signed in.
     */
    public FicolDossier brouillon(String commune, String alpha2, long partPropre) {
        Partenariat p = partenariat(commune, alpha2);
        signInCollectivite(commune);
        FicolDossier d = brouillonNonEnregistre(p, atlas.commune(commune), partPropre);
        return service.enregistrer(d);
    }

    public FicolDossier brouillonNonEnregistre(Partenariat p, CollectiviteFrancaise chef, long partPropre) {
        FicolDossier d = new FicolDossier("Projet " + AtlasFixtures.token(), p.getId(), chef, 36, euros(1_000_000));
        d.addLigne(new LignePlan(SourcePlan.AFD_FICOL, null, 2027, "Adduction d’eau", euros(300_000)));
        d.addLigne(new LignePlan(SourcePlan.AFD_FICOL, null, 2028, "Formation des agents", euros(300_000)));
        d.addLigne(
                new LignePlan(SourcePlan.COLLECTIVITE, chef.getNom(), 2027, "Assistance technique", euros(partPropre)));
        if (400_000 - partPropre > 0) {
            d.addLigne(
                    new LignePlan(SourcePlan.UNION_EUROPEENNE, null, 2028, "Équipements", euros(400_000 - partPropre)));
        }
        return d;
    }

    /**
     * A file of the commune in that country (a draft of {@link #brouillon}) taken through the workflow:
     * granted {@code accorde} euros by the committee on 10 January 2024, agreement signed on 15 February
     * 2024, then each of {@code tranches} paid, the first on 1 March 2024 and each next one six months
     * later (each tranche's report approved before the next). Signed out afterwards.
     */
    public FicolDossier accorde(String commune, String alpha2, long accorde, long... tranches) {
        FicolDossier d = brouillon(commune, alpha2, 350_000);
        return accorde(d, commune, accorde, tranches);
    }

    /** The same on an existing partnership of that commune (a new draft of {@link #brouillonNonEnregistre}). */
    public FicolDossier accordeSur(Partenariat p, String commune, long accorde, long... tranches) {
        signInCollectivite(commune);
        FicolDossier d = service.enregistrer(brouillonNonEnregistre(p, atlas.commune(commune), 350_000));
        return accorde(d, commune, accorde, tranches);
    }

    /** The same for a draft already saved ({@link #brouillonNonEnregistre}) of that commune. */
    public FicolDossier accorde(FicolDossier d, String commune, long accorde, long... tranches) {
        long id = d.getId();
        signInCollectivite(commune);
        workflow.deposer(id);
        signInAs(Role.AFD);
        workflow.ouvrirEligibilite(id);
        workflow.conclureEligibilite(id);
        workflow.ajouterNote(id, "Dossier solide.");
        workflow.transmettreComite(id);
        workflow.accorder(id, euros(accorde));
        workflow.signerConvention(id, null);
        for (int i = 0; i < tranches.length; i++) {
            if (i > 0) {
                signInCollectivite(commune);
                workflow.deposerRapportTranche(id, i);
                signInAs(Role.AFD);
                workflow.approuverRapportTranche(id, i);
            }
            workflow.verserTranche(id, euros(tranches[i]), null);
        }
        signOut();
        jdbc.update(
                "UPDATE ficol_dossier SET date_comite = '2024-01-10', date_signature = '2024-02-15' WHERE id = ?", id);
        for (int i = 0; i < tranches.length; i++) {
            jdbc.update(
                    "UPDATE ficol_tranche SET date_versement = ? WHERE dossier_id = ? AND numero = ?",
                    LocalDate.of(2024, 3, 1).plusMonths(6L * i),
                    id,
                    i + 1);
        }
        return d;
    }

    /** Makes a file's final report overdue (due a year ago, not received). */
    public void rapportFinalEnRetard(long dossierId) {
        jdbc.update(
                "UPDATE ficol_dossier SET echeance_rapport_final = ?, rapport_final_recu_le = NULL WHERE id = ?",
                LocalDate.now().minusYears(1),
                dossierId);
    }

    /** Every final report of the commune's files counts as received (a test that made one overdue cleans up). */
    public void rapportsFinauxRecus(String commune) {
        jdbc.update(
                "UPDATE ficol_dossier d JOIN collectivite_francaise c ON c.id = d.chef_de_file_id"
                        + " SET d.rapport_final_recu_le = d.echeance_rapport_final"
                        + " WHERE c.code = ? AND c.type = 'COMMUNE' AND d.echeance_rapport_final IS NOT NULL",
                commune);
    }

    public void signOut() {
        users.signOut();
    }

    public static BigDecimal euros(long amount) {
        return BigDecimal.valueOf(amount);
    }
}
