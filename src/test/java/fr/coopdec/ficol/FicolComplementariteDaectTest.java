package fr.coopdec.ficol;

import static fr.coopdec.appels.AppelsFixtures.ANNEE;
import static fr.coopdec.ficol.FicolFixtures.euros;
import static org.assertj.core.api.Assertions.assertThat;

import fr.coopdec.appels.AppelDaect;
import fr.coopdec.appels.AppelsFixtures;
import fr.coopdec.appels.CandidatureDaect;
import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.shared.crossmodule.CategorieDepense;
import fr.coopdec.support.IntegrationTest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * FICOL complements DAECT's calls: an expense AFD is asked to fund that a DAECT grant already funds on
 * the same partnership (same category, same year) fails eligibility, and the sentence says which
 * expense, which year and which call.
 */
@IntegrationTest
class FicolComplementariteDaectTest {

    @Autowired
    FicolFixtures ficol;

    @Autowired
    AppelsFixtures appels;

    @Autowired
    AtlasFixtures atlas;

    @Autowired
    FicolDossierService service;

    @AfterEach
    void signOut() {
        ficol.signOut();
    }

    @Test
    void an_afd_line_on_an_expense_daect_already_funds_gets_an_explained_refusal() {
        Partenariat p = ficol.partenariat("69123", "BJ");
        AppelDaect appel = appels.appel(400_000);
        CandidatureDaect daect = appels.accordee(appel, p, 25_000);

        ficol.signInCollectivite("69123");
        FicolDossier dossier = dossier(p, CategorieDepense.FORMATION, ANNEE);
        Eligibilite eligibilite = service.evaluer(dossier);

        List<Verdict> chevauchements = eligibilite.verdicts().stream()
                .filter(v -> v.messageKey().equals("ficol.eligibilite.daect.chevauchement"))
                .toList();
        assertThat(chevauchements).singleElement().satisfies(v -> {
            assertThat(v.niveau()).isEqualTo(Verdict.Niveau.NON_CONFORME);
            assertThat(VerdictTexts.texte(v, Locale.FRENCH))
                    .contains("« Formation des élus et des agents »")
                    .contains("Formation et assistance technique, " + ANNEE)
                    .contains("« Formation des agents municipaux »")
                    .contains("« " + daect.getIntitule() + " »")
                    .contains("« " + appel.getIntitule() + " »")
                    .containsPattern("25.000.€");
        });
        assertThat(eligibilite.eligible()).isFalse();
    }

    @Test
    void the_same_category_another_year_or_another_category_the_same_year_is_complementary() {
        Partenariat p = ficol.partenariat("69123", "SN");
        appels.accordee(appels.appel(400_000), p, 25_000);

        ficol.signInCollectivite("69123");
        for (FicolDossier dossier : List.of(
                dossier(p, CategorieDepense.FORMATION, ANNEE + 1), dossier(p, CategorieDepense.TRAVAUX, ANNEE))) {
            List<Verdict> verdicts = service.evaluer(dossier).verdicts();
            assertThat(verdicts)
                    .extracting(Verdict::messageKey)
                    .contains("ficol.eligibilite.daect.ok")
                    .doesNotContain("ficol.eligibilite.daect.chevauchement");
        }
    }

    @Test
    void a_line_without_category_is_flagged_and_a_partnership_without_daect_grant_says_nothing() {
        Partenariat avecDaect = ficol.partenariat("69123", "MG");
        appels.accordee(appels.appel(400_000), avecDaect, 25_000);
        Partenariat sansDaect = ficol.partenariat("69123", "MG");

        ficol.signInCollectivite("69123");
        FicolDossier sansCategorie = dossier(avecDaect, null, ANNEE);
        assertThat(service.evaluer(sansCategorie).verdicts())
                .filteredOn(v -> v.messageKey().equals("ficol.eligibilite.daect.sans-categorie"))
                .singleElement()
                .extracting(Verdict::niveau)
                .isEqualTo(Verdict.Niveau.AVERTISSEMENT);
        assertThat(service.evaluer(dossier(sansDaect, CategorieDepense.FORMATION, ANNEE))
                        .verdicts())
                .extracting(Verdict::messageKey)
                .noneMatch(k -> k.startsWith("ficol.eligibilite.daect."));
    }

    /** An unsaved file on the partnership whose only AFD line is a training expense of that category and year. */
    private FicolDossier dossier(Partenariat p, CategorieDepense categorie, int annee) {
        FicolDossier d = new FicolDossier(
                "Projet " + AtlasFixtures.token(), p.getId(), atlas.commune("69123"), 24, euros(1_000_000));
        d.addLigne(new LignePlan(
                SourcePlan.AFD_FICOL, null, annee, categorie, "Formation des élus et des agents", euros(600_000)));
        d.addLigne(new LignePlan(
                SourcePlan.COLLECTIVITE, "Lyon", annee, CategorieDepense.EXPERTISE, "Expertise", euros(400_000)));
        return d;
    }
}
