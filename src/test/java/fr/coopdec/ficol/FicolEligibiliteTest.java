package fr.coopdec.ficol;

import static fr.coopdec.ficol.FicolFixtures.euros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class FicolEligibiliteTest {

    @Autowired
    FicolFixtures fixtures;

    @Autowired
    AtlasFixtures atlas;

    @Autowired
    FicolDossierService dossiers;

    @Autowired
    FicolWorkflowService workflow;

    @Autowired
    RegleService regles;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void a_valid_file_is_submitted_and_every_rule_is_explained() {
        FicolDossier d = fixtures.brouillon("69123", "BJ", 350_000);
        assertThat(d.getMontantDemande()).isEqualByComparingTo("600000");

        Eligibilite e = dossiers.evaluer(d);
        assertThat(e.eligible()).isTrue();
        assertThat(texts(e))
                .contains(
                        "Bénin est classé « Pays les moins avancés » sur la liste CAD de l’OCDE : le pays est éligible."
                                + " Catégorie en vigueur le "
                                + fr.coopdec.shared.DateFormats.date(java.util.Locale.FRENCH)
                                        .format(e.dateReference())
                                + " : Liste des bénéficiaires de l’APD du CAD de l’OCDE, flux 2024 et 2025.",
                        "La part propre des collectivités (35 % du budget) atteint le minimum de 30 %.");

        FicolDossier depose = workflow.deposer(d.getId());
        assertThat(depose.getStatut()).isEqualTo(StatutDossier.DEPOSE);
        assertThat(depose.getDateDepot()).isNotNull();
        assertThat(dossiers.journal(d.getId()))
                .extracting(JournalEntry::getAction)
                .containsExactly("depot", "creation");
    }

    @Test
    void a_country_off_the_dac_list_is_refused_with_the_reason() {
        FicolDossier d = fixtures.brouillon("69123", "CL", 350_000);
        assertThatThrownBy(() -> workflow.deposer(d.getId()))
                .isInstanceOf(EligibiliteException.class)
                .hasMessageContaining("Chili est classé « Hors liste des bénéficiaires de l’APD »")
                .hasMessageContaining("Pays les moins avancés, Autre pays à faible revenu");
        assertThat(dossiers.get(d.getId()).getStatut()).isEqualTo(StatutDossier.BROUILLON);
    }

    @Test
    void a_nauru_file_submitted_in_2025_keeps_its_verdict_and_one_submitted_in_2026_is_refused() {
        FicolDossier d = fixtures.brouillon("69123", "NR", 350_000);
        d.setDateDepot(LocalDate.of(2025, 12, 31));
        Eligibilite en2025 = dossiers.evaluer(d);
        assertThat(texts(en2025))
                .contains("Nauru est classé « Revenu intermédiaire, tranche supérieure » sur la liste CAD"
                        + " de l’OCDE : le pays est éligible. Catégorie en vigueur le 31 décembre 2025 : Liste des bénéficiaires de l’APD"
                        + " du CAD de l’OCDE, flux 2024 et 2025.");

        d.setDateDepot(LocalDate.of(2026, 1, 1));
        Eligibilite en2026 = dossiers.evaluer(d);
        assertThat(en2026.eligible()).isFalse();
        assertThat(en2026.nonConformes()).extracting(Verdict::messageKey).containsExactly("ficol.eligibilite.pays.ko");
        assertThat(texts(en2026))
                .anySatisfy(
                        t -> assertThat(t)
                                .startsWith(
                                        "Nauru est classé « Hors liste des bénéficiaires de l’APD » sur la liste CAD de l’OCDE :")
                                .contains("(Pays où l’AFD est autorisée à intervenir")
                                .endsWith(
                                        "Catégorie en vigueur le 1 janvier 2026 : Liste des bénéficiaires de l’APD du CAD de l’OCDE,"
                                                + " flux 2024 et 2025 ; Sorti de la liste des bénéficiaires de l’APD au 1er janvier 2026 (revenu élevé)."));

        // submitted today (December 2026), the file is refused and stays a draft
        assertThatThrownBy(() -> workflow.deposer(d.getId()))
                .isInstanceOf(EligibiliteException.class)
                .hasMessageContaining("Nauru est classé « Hors liste des bénéficiaires de l’APD »");
        assertThat(dossiers.get(d.getId()).getStatut()).isEqualTo(StatutDossier.BROUILLON);
    }

    @Test
    void an_own_share_of_25_percent_is_refused() {
        FicolDossier d = fixtures.brouillon("69123", "SN", 250_000);
        assertThatThrownBy(() -> workflow.deposer(d.getId()))
                .hasMessageContaining(
                        "La part propre des collectivités ne représente que 25 % du budget ; il en faut au moins 30 %");
    }

    @Test
    void a_plan_that_does_not_add_up_to_the_budget_is_refused() {
        FicolDossier d = fixtures.brouillon("69123", "SN", 350_000);
        d.setBudgetTotal(euros(1_100_000));
        FicolDossier saved = dossiers.enregistrer(d);
        assertThat(refus(saved.getId()))
                .contains(
                        "Le plan de financement totalise 1 000 000 € alors que le budget est de 1 100 000 €",
                        "l’écart de 100 000 €");
    }

    @Test
    void a_grant_above_the_ceiling_is_refused() {
        FicolDossier d = fixtures.brouillon("69123", "SN", 1_000_000);
        d.setBudgetTotal(euros(3_000_000));
        d.addLigne(new LignePlan(SourcePlan.AFD_FICOL, null, 2029, "Voirie", euros(1_600_000)));
        FicolDossier saved = dossiers.enregistrer(d);
        assertThat(saved.getMontantDemande()).isEqualByComparingTo("2200000");
        assertThat(refus(saved.getId())).contains("doit être comprise entre 200 000 € et 1 500 000 €");
    }

    @Test
    void an_overdue_final_report_of_an_earlier_file_blocks_a_new_one() {
        FicolDossier ancien = fixtures.brouillon("35238", "MG", 350_000);
        fixtures.rapportFinalEnRetard(ancien.getId());
        FicolDossier nouveau = fixtures.brouillon("35238", "MG", 350_000);
        assertThatThrownBy(() -> workflow.deposer(nouveau.getId()))
                .hasMessageContaining("Rennes n’a pas remis le rapport final du projet « ")
                .hasMessageContaining("déposez-le avant de présenter un nouveau dossier");
    }

    @Test
    void an_overdue_final_report_of_a_daect_funded_project_blocks_a_new_file() {
        fr.coopdec.atlas.Partenariat p =
                atlas.unsaved("Appel DAECT " + AtlasFixtures.token(), atlas.commune("67482"), atlas.partenaire("MG"));
        fr.coopdec.atlas.Projet projet = new fr.coopdec.atlas.Projet("Eau potable " + AtlasFixtures.token());
        projet.setCofinancements(java.util.Set.of(new fr.coopdec.atlas.Cofinancement(
                fr.coopdec.atlas.SourceFinancement.DAECT, FicolFixtures.euros(40_000))));
        projet.setRapportFinalAttenduLe(java.time.LocalDate.of(2020, 6, 30));
        p.addProjet(projet);
        fixtures.signInAs(Role.ADMIN);
        partenariats.save(p);
        try {
            FicolDossier nouveau = fixtures.brouillon("67482", "MG", 350_000);
            assertThatThrownBy(() -> workflow.deposer(nouveau.getId()))
                    .hasMessageContaining("Strasbourg n’a pas remis le rapport final du projet « " + projet.getTitre()
                            + " », cofinancé par la DAECT et attendu le 30 juin 2020");
        } finally {
            // reruns on the same database start clean: the report arrives
            jdbc.update("UPDATE projet SET rapport_final_recu_le = CURRENT_DATE WHERE titre = ?", projet.getTitre());
        }
    }

    @Autowired
    fr.coopdec.atlas.PartenariatService partenariats;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void the_same_expense_claimed_from_afd_and_a_daect_call_gives_a_warning_only() {
        FicolDossier d = fixtures.brouillon("69123", "BJ", 350_000);
        d.setBudgetTotal(euros(1_050_000));
        d.addLigne(new LignePlan(SourcePlan.DAECT, null, 2027, "adduction d’eau ", euros(50_000)));
        Eligibilite e = dossiers.evaluer(dossiers.enregistrer(d));
        assertThat(e.eligible()).isTrue();
        assertThat(e.avertissements()).hasSize(1);
        assertThat(VerdictTexts.texte(e.avertissements().get(0), Locale.FRENCH))
                .startsWith(
                        "Attention : la dépense « Adduction d’eau » est présentée à la fois au FICOL et à un appel à projets DAECT.");
    }

    @Test
    void rules_are_data_read_at_the_submission_date() {
        LocalDate future = LocalDate.of(2090 + (int) (Math.random() * 9), 1, 1 + (int) (Math.random() * 27));
        fixtures.signInAs(Role.ADMIN);
        RegleEligibilite assouplie = regles.save(new RegleEligibilite(CodeRegle.PART_PROPRE_MIN, "20", future));
        try {
            // Strasbourg: a commune whose files never get an agreement, so no report falls due by 2090.
            FicolDossier d = fixtures.brouillon("67482", "BJ", 250_000);
            assertThat(dossiers.evaluer(d).eligible()).isFalse();
            d.setDateDepot(future.plusDays(1));
            assertThat(dossiers.evaluer(d).eligible()).isTrue();
        } finally {
            fixtures.signInAs(Role.ADMIN);
            regles.delete(assouplie.getId());
        }
    }

    @Test
    void only_daect_edits_the_rules_and_values_must_read_as_their_rule() {
        fixtures.signInAs(Role.AFD);
        assertThatThrownBy(() ->
                        regles.save(new RegleEligibilite(CodeRegle.SUBVENTION_MIN, "1", LocalDate.of(2091, 1, 1))))
                .isInstanceOf(AccessDeniedException.class);
        fixtures.signInAs(Role.ADMIN);
        assertThatThrownBy(() -> regles.save(
                        new RegleEligibilite(CodeRegle.CATEGORIES_CAD, "PMA,RICHE", LocalDate.of(2091, 1, 1))))
                .isInstanceOf(BusinessException.class)
                .extracting("messageKey")
                .isEqualTo("ficol.regle.valeur.categories");
        assertThatThrownBy(() -> regles.save(
                        new RegleEligibilite(CodeRegle.SUBVENTION_MIN, "deux cents", LocalDate.of(2091, 1, 1))))
                .extracting("messageKey")
                .isEqualTo("ficol.regle.valeur.nombre");
    }

    /** The reasons a submission is refused, spaces inside amounts made plain. */
    private String refus(long id) {
        try {
            workflow.deposer(id);
        } catch (EligibiliteException e) {
            return e.getMessage().replace('\u202f', ' ').replace('\u00a0', ' ');
        }
        throw new AssertionError("The file was submitted");
    }

    private static List<String> texts(Eligibilite e) {
        return e.verdicts().stream()
                .map(v -> VerdictTexts.texte(v, Locale.FRENCH))
                .toList();
    }
}
