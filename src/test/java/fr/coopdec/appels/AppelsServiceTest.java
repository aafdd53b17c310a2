package fr.coopdec.appels;

import static fr.coopdec.appels.AppelsFixtures.ANNEE;
import static fr.coopdec.appels.AppelsFixtures.euros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.GroupementFixtures;
import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.crossmodule.CategorieDepense;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.IntegrationTest;
import fr.coopdec.support.TestUsers;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class AppelsServiceTest {

    @Autowired
    AppelsFixtures fixtures;

    @Autowired
    AppelDaectService appels;

    @Autowired
    CandidatureDaectService candidatures;

    @Autowired
    DecisionDaectService decisions;

    @Autowired
    AppelsQueries queries;

    @Autowired
    GroupementFixtures groupements;

    @Autowired
    AtlasFixtures atlas;

    @Autowired
    TestUsers users;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void daect_opens_a_call_and_an_authority_may_not() {
        AppelDaect appel = fixtures.appel(300_000);
        assertThat(appel.getId()).isNotNull();
        assertThat(appel.getCreatedBy()).startsWith("admin-");

        fixtures.signInCollectivite(fixtures.commune("69123"));
        AppelDaect autre = AppelDaect.blank(ANNEE);
        assertThatThrownBy(() -> appels.save(autre)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_youth_call_is_not_opened_here_and_a_thematic_call_needs_its_theme() {
        fixtures.signInAdmin();
        AppelDaect jeunesse = new AppelDaect(
                "Jeunesse " + AtlasFixtures.token(),
                TypeAppel.JEUNESSE,
                ANNEE,
                ANNEE,
                LocalDate.now(),
                LocalDate.now().plusDays(5),
                euros(100_000));
        assertThatThrownBy(() -> appels.save(jeunesse))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("appels.appel.jeunesse-ailleurs");
        AppelDaect thematique = new AppelDaect(
                "Climat " + AtlasFixtures.token(),
                TypeAppel.THEMATIQUE,
                ANNEE,
                ANNEE + 1,
                LocalDate.now(),
                LocalDate.now().plusDays(5),
                euros(100_000));
        assertThatThrownBy(() -> appels.save(thematique)).hasMessageContaining("appels.appel.thematique-requise");
        thematique.setThematique(atlas.thematique("EAU_ASSAINISSEMENT"));
        assertThat(appels.save(thematique).getThematique().getCode()).isEqualTo("EAU_ASSAINISSEMENT");
    }

    @Test
    void an_authority_applies_on_its_own_partnership_but_not_on_another_authoritys() {
        AppelDaect appel = fixtures.appel(200_000);
        Partenariat lyon = fixtures.partenariat("69123", "BJ");
        Partenariat lille = fixtures.partenariat("59350", "SN");

        CandidatureDaect brouillon = fixtures.brouillon(appel, lyon, 20_000);
        assertThat(brouillon.getPays().getCodeAlpha2()).isEqualTo("BJ");
        assertThat(brouillon.getMontantDemande()).isEqualByComparingTo("20000");

        CandidatureDaect intrus = candidatures.nouvelle(appel.getId());
        intrus.setPartenariatId(lille.getId());
        intrus.setIntitule("Sur le partenariat de Lille");
        assertThatThrownBy(() -> candidatures.enregistrer(intrus))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("appels.candidature.partenariat-hors-collectivite");
        // every page: Lyon has many partnerships in a shared test database
        java.util.List<Long> possibles = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            var ids = candidatures.partenariatsPossibles("", PageRequest.of(page, 200)).stream()
                    .map(r -> r.id())
                    .toList();
            possibles.addAll(ids);
            if (ids.size() < 200) {
                break;
            }
        }
        assertThat(possibles).contains(lyon.getId()).doesNotContain(lille.getId());
    }

    @Test
    void a_grouping_applies_on_its_own_partnership() {
        AppelDaect appel = fixtures.appel(200_000);
        CollectiviteFrancaise reseau =
                groupements.association("Réseau Loire Monde " + AtlasFixtures.token(), "42218", "44109");
        Partenariat partenariat = fixtures.partenariat(reseau, "MG");

        CandidatureDaect c = fixtures.brouillon(appel, partenariat, 15_000);
        c = candidatures.deposer(c.getId(), c.getVersion());

        assertThat(c.getStatut()).isEqualTo(StatutCandidatureDaect.DEPOSEE);
        assertThat(c.getPorteur().getNom()).isEqualTo(reseau.getNom());
        assertThat(c.getDateDepot()).isEqualTo(LocalDate.now());
    }

    @Test
    void a_plan_line_outside_the_calls_years_or_asking_more_than_its_cost_is_refused_at_submission() {
        AppelDaect appel = fixtures.appel(200_000);
        CandidatureDaect c = fixtures.brouillon(appel, fixtures.partenariat("33063", "SN"), 10_000);
        c.addLigne(new LigneFinancementDaect(CategorieDepense.MISSIONS, ANNEE + 2, "Mission", euros(5_000), euros(0)));
        CandidatureDaect horsAnnees = candidatures.enregistrer(c);
        assertThatThrownBy(() -> candidatures.deposer(horsAnnees.getId(), horsAnnees.getVersion()))
                .hasMessageContaining("appels.plan.annee-hors-appel");

        horsAnnees.getLignes().removeIf(l -> l.getCategorie() == CategorieDepense.MISSIONS);
        horsAnnees.addLigne(
                new LigneFinancementDaect(CategorieDepense.MISSIONS, ANNEE, "Mission", euros(5_000), euros(6_000)));
        CandidatureDaect tropDemande = candidatures.enregistrer(horsAnnees);
        assertThatThrownBy(() -> candidatures.deposer(tropDemande.getId(), tropDemande.getVersion()))
                .hasMessageContaining("appels.plan.part-superieure");
    }

    @Test
    void nobody_applies_to_a_closed_call() {
        AppelDaect appel = fixtures.appel(100_000);
        Partenariat p = fixtures.partenariat("35238", "BJ");
        fixtures.asAdmin(() -> {
            AppelDaect ferme = appels.get(appel.getId());
            ferme.setDateOuverture(LocalDate.now().minusDays(40));
            ferme.setDateCloture(LocalDate.now().minusDays(1));
            return appels.save(ferme);
        });
        fixtures.signInCollectivite(fixtures.commune("35238"));
        assertThatThrownBy(() -> candidatures.nouvelle(appel.getId()))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("appels.appel.ferme");
    }

    @Test
    void an_embassy_post_reads_the_applications_of_its_country_and_another_authority_none() {
        AppelDaect appel = fixtures.appel(200_000);
        CandidatureDaect benin = fixtures.deposee(appel, fixtures.partenariat("69123", "BJ"), 10_000);
        CandidatureDaect senegal = fixtures.deposee(appel, fixtures.partenariat("69123", "SN"), 10_000);

        users.signInAs(Role.POSTE, u -> u.setPays(atlas.pays("BJ")));
        assertThat(candidatures.get(benin.getId()).getIntitule()).isEqualTo(benin.getIntitule());
        assertThatThrownBy(() -> candidatures.get(senegal.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(queries.candidatures(new CandidatureFilter(appel.getId(), null), PageRequest.of(0, 10)))
                .extracting(CandidatureResume::id)
                .containsExactly(benin.getId());

        fixtures.signInCollectivite(fixtures.commune("59350"));
        assertThatThrownBy(() -> candidatures.get(benin.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(queries.count(new CandidatureFilter(appel.getId(), null))).isZero();
    }

    @Test
    void a_decision_taken_on_a_stale_version_is_refused_with_who_changed_it_and_when() {
        AppelDaect appel = fixtures.appel(100_000);
        CandidatureDaect vue = fixtures.enInstruction(appel, fixtures.partenariat("69123", "MG"), 40_000);

        String premier = fixtures.signInAdmin();
        decisions.accorder(vue.getId(), vue.getVersion(), euros(30_000), "Accord partiel.");
        fixtures.signInAdmin();

        assertThatThrownBy(() -> decisions.refuser(vue.getId(), vue.getVersion(), "Hors priorités."))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("appels.decision.conflit");
                    assertThat(e.getArguments()[0]).isEqualTo(premier);
                });
        users.signInAs(Role.ADMIN, u -> {});
        CandidatureDaect relue = candidatures.get(vue.getId());
        assertThat(relue.getStatut()).isEqualTo(StatutCandidatureDaect.ACCORDEE);
        assertThat(relue.getMontantAccorde()).isEqualByComparingTo("30000");
        assertThat(fixtures.engage(appel.getId())).isEqualByComparingTo("30000");
    }

    @Test
    void a_grant_beyond_the_envelope_is_refused_and_the_budget_cannot_drop_below_what_is_granted() {
        AppelDaect appel = fixtures.appel(50_000);
        CandidatureDaect premiere = fixtures.accordee(appel, fixtures.partenariat("69123", "BJ"), 30_000);
        CandidatureDaect seconde = fixtures.enInstruction(appel, fixtures.partenariat("69123", "SN"), 30_000);

        fixtures.signInAdmin();
        assertThatThrownBy(() -> decisions.accorder(seconde.getId(), seconde.getVersion(), euros(30_000), null))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessageKey())
                        .isEqualTo("appels.decision.enveloppe-depassee"));
        assertThat(decisions
                        .accorder(seconde.getId(), seconde.getVersion(), euros(20_000), null)
                        .getMontantAccorde())
                .isEqualByComparingTo("20000");
        assertThat(fixtures.engage(appel.getId())).isEqualByComparingTo("50000");

        AppelDaect reduit = appels.get(appel.getId());
        reduit.setBudget(euros(40_000));
        assertThatThrownBy(() -> appels.save(reduit)).hasMessageContaining("appels.appel.budget-sous-engage");
        assertThat(premiere.getStatut()).isEqualTo(StatutCandidatureDaect.ACCORDEE);
    }

    @Test
    void a_refusal_needs_a_reason_and_a_decided_application_is_not_decided_again() {
        AppelDaect appel = fixtures.appel(50_000);
        CandidatureDaect c = fixtures.enInstruction(appel, fixtures.partenariat("75056", "BJ"), 10_000);
        fixtures.signInAdmin();
        assertThatThrownBy(() -> decisions.refuser(c.getId(), c.getVersion(), " "))
                .hasMessageContaining("appels.decision.motif-requis");
        CandidatureDaect refusee = decisions.refuser(c.getId(), c.getVersion(), "Le projet relève d’un autre appel.");
        assertThat(refusee.getStatut()).isEqualTo(StatutCandidatureDaect.REFUSEE);
        assertThatThrownBy(() -> decisions.accorder(refusee.getId(), refusee.getVersion(), euros(10_000), null))
                .hasMessageContaining("appels.decision.deja-decidee");
        assertThat(fixtures.engage(appel.getId())).isEqualByComparingTo("0");
    }
}
