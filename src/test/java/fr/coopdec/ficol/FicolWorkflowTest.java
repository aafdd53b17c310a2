package fr.coopdec.ficol;

import static fr.coopdec.ficol.FicolFixtures.euros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.IntegrationTest;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class FicolWorkflowTest {

    @Autowired
    FicolFixtures fixtures;

    @Autowired
    FicolDossierService dossiers;

    @Autowired
    FicolWorkflowService workflow;

    @Autowired
    FicolStatistiques statistiques;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void a_file_goes_from_draft_to_closed_with_each_step_in_the_journal() {
        FicolDossier d = fixtures.brouillon("69123", "BJ", 350_000);
        String collectivite = fixtures.signInCollectivite("69123");
        workflow.deposer(d.getId());
        fixtures.signInAs(Role.AFD);
        workflow.ouvrirEligibilite(d.getId());
        assertThat(workflow.conclureEligibilite(d.getId()).getStatut()).isEqualTo(StatutDossier.INSTRUCTION);
        assertThatThrownBy(() -> workflow.transmettreComite(d.getId()))
                .isInstanceOf(BusinessException.class)
                .extracting("messageKey")
                .isEqualTo("ficol.comite.note-requise");
        workflow.ajouterNote(d.getId(), "Budget cohérent, maître d’ouvrage solide.");
        workflow.transmettreComite(d.getId());
        assertThatThrownBy(() -> workflow.accorder(d.getId(), euros(700_000)))
                .extracting("messageKey")
                .isEqualTo("ficol.decision.montant");
        workflow.accorder(d.getId(), euros(500_000));
        LocalDate today = LocalDate.now();
        // committee, agreement, payments in that order, never in the future
        assertThatThrownBy(() -> workflow.signerConvention(d.getId(), today.minusDays(1)))
                .extracting("messageKey")
                .isEqualTo("ficol.convention.date");
        assertThatThrownBy(() -> workflow.signerConvention(d.getId(), today.plusDays(1)))
                .extracting("messageKey")
                .isEqualTo("ficol.convention.date");
        FicolDossier signe = workflow.signerConvention(d.getId(), today);
        assertThat(signe.getEcheanceRapportFinal()).isEqualTo(today.plusMonths(signe.getDureeMois() + 6L));

        assertThatThrownBy(() -> workflow.verserTranche(d.getId(), euros(250_000), today.plusDays(1)))
                .extracting("messageKey")
                .isEqualTo("ficol.tranche.date-future");
        assertThatThrownBy(() -> workflow.verserTranche(d.getId(), euros(250_000), today.minusDays(1)))
                .extracting("messageKey")
                .isEqualTo("ficol.tranche.date-ordre");
        workflow.verserTranche(d.getId(), euros(250_000), today);
        assertThatThrownBy(() -> workflow.verserTranche(d.getId(), euros(150_000), null))
                .extracting("messageKey")
                .isEqualTo("ficol.tranche.rapport-non-approuve");
        fixtures.signOut();
        testAs(collectivite);
        workflow.deposerRapportTranche(d.getId(), 1);
        fixtures.signInAs(Role.AFD);
        workflow.approuverRapportTranche(d.getId(), 1);
        assertThatThrownBy(() -> workflow.verserTranche(d.getId(), euros(300_000), null))
                .extracting("messageKey")
                .isEqualTo("ficol.tranche.montant");
        FicolDossier deux = workflow.verserTranche(d.getId(), euros(250_000), null);
        assertThat(deux.getTranches()).hasSize(2);
        assertThat(deux.getMontantVerse()).isEqualByComparingTo("500000");

        testAs(collectivite);
        workflow.deposerRapportFinal(d.getId());
        fixtures.signInAs(Role.AFD);
        assertThat(workflow.cloturer(d.getId()).getStatut()).isEqualTo(StatutDossier.CLOS);
        assertThat(dossiers.journal(d.getId()))
                .extracting(JournalEntry::getAction)
                .containsExactly(
                        "cloture",
                        "rapport-final",
                        "versement",
                        "approbation-tranche",
                        "rapport-tranche",
                        "versement",
                        "convention",
                        "accord",
                        "comite",
                        "note",
                        "instruction",
                        "eligibilite",
                        "depot",
                        "creation");
    }

    @Test
    void afd_notes_stay_internal_and_the_embassy_post_reads_them() {
        FicolDossier d = deposeEtInstruit();
        assertThat(dossiers.journal(d.getId()))
                .extracting(JournalEntry::getAction)
                .contains("note");
        users.signInAs(Role.POSTE, u -> u.setPays(d.getPays()));
        assertThat(dossiers.journal(d.getId()))
                .extracting(JournalEntry::getAction)
                .contains("note");
        fixtures.signInCollectivite("69123");
        assertThat(dossiers.journal(d.getId()))
                .extracting(JournalEntry::getAction)
                .doesNotContain("note")
                .contains("comite", "depot");
    }

    @Test
    void afd_declares_a_file_ineligible_with_the_reasons_when_a_rule_fails_at_review() {
        // Marseille: used by this test only, which makes one of its reports overdue and then cleans up.
        fixtures.rapportsFinauxRecus("13055");
        try {
            FicolDossier d = fixtures.brouillon("13055", "BJ", 350_000);
            workflow.deposer(d.getId());
            FicolDossier ancien = fixtures.brouillon("13055", "SN", 350_000);
            fixtures.rapportFinalEnRetard(ancien.getId());
            fixtures.signInAs(Role.AFD);
            workflow.ouvrirEligibilite(d.getId());
            FicolDossier ineligible = workflow.conclureEligibilite(d.getId());
            assertThat(ineligible.getStatut()).isEqualTo(StatutDossier.INELIGIBLE);
            assertThat(ineligible.getMotif()).startsWith("Marseille n’a pas remis le rapport final du projet « ");
            assertThat(dossiers.journal(d.getId()).get(0).getTexte()).isEqualTo(ineligible.getMotif());
        } finally {
            fixtures.rapportsFinauxRecus("13055");
        }
    }

    @Test
    void the_dashboard_counts_requested_committed_and_disbursed_amounts() {
        FicolDossier d = deposeEtInstruit();
        FicolAgregat avant = senegal(statistiques.parPays());
        workflow.accorder(d.getId(), euros(550_000));
        workflow.signerConvention(d.getId(), null);
        workflow.verserTranche(d.getId(), euros(200_000), null);
        FicolAgregat apres = senegal(statistiques.parPays());
        assertThat(apres.dossiers()).isEqualTo(avant.dossiers());
        assertThat(apres.demande()).isEqualByComparingTo(avant.demande());
        assertThat(apres.engage().subtract(avant.engage())).isEqualByComparingTo("550000");
        assertThat(apres.verse().subtract(avant.verse())).isEqualByComparingTo("200000");
    }

    @Test
    void a_granted_file_appears_in_the_iati_export_with_its_commitment_and_disbursements() throws Exception {
        FicolDossier d = deposeEtInstruit();
        workflow.accorder(d.getId(), euros(550_000));
        workflow.signerConvention(d.getId(), null);
        workflow.verserTranche(d.getId(), euros(200_000), null);
        String titre =
                partenariats.findDetail(d.getPartenariatId()).orElseThrow().getIntitule();

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        iati.write(
                fr.coopdec.atlas.PartenariatFilter.builder()
                        .texte(titre.substring("FICOL ".length()))
                        .build(),
                out);
        String xml = out.toString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(xml)
                .contains(
                        "-COOPDEC-FICOL-" + d.getId() + "</iati-identifier>",
                        "<transaction-type code=\"11\"",
                        "\">550000.00</value>",
                        "<transaction-type code=\"1\"",
                        "<value currency=\"EUR\" value-date=\"" + LocalDate.now() + "\">200000.00</value>",
                        "Agence française de développement (FICOL)");
        javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/iati-2.03/iati-activities-schema.xsd"))
                .newValidator()
                .validate(new javax.xml.transform.stream.StreamSource(new java.io.StringReader(xml)));
    }

    @Autowired
    fr.coopdec.atlas.IatiExportService iati;

    @Autowired
    fr.coopdec.atlas.PartenariatService partenariats;

    private static FicolAgregat senegal(java.util.List<FicolAgregat> agregats) {
        return agregats.stream()
                .filter(a -> "Sénégal".equals(a.cle()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void the_committee_may_refuse_with_a_reason() {
        FicolDossier d = deposeEtInstruit();
        assertThatThrownBy(() -> workflow.refuser(d.getId(), " "))
                .extracting("messageKey")
                .isEqualTo("ficol.decision.motif-requis");
        FicolDossier refuse = workflow.refuser(d.getId(), "Projet redondant avec un financement UE.");
        assertThat(refuse.getStatut()).isEqualTo(StatutDossier.REFUSE);
        assertThat(refuse.getMotif()).isEqualTo("Projet redondant avec un financement UE.");
    }

    @Test
    void applicants_do_not_instruct_and_afd_does_not_apply() {
        FicolDossier d = fixtures.brouillon("69123", "BJ", 350_000);
        workflow.deposer(d.getId());
        assertThatThrownBy(() -> workflow.ouvrirEligibilite(d.getId())).isInstanceOf(AccessDeniedException.class);
        fixtures.signInAs(Role.AFD);
        assertThatThrownBy(() -> dossiers.enregistrer(d)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workflow.deposerRapportFinal(d.getId())).isInstanceOf(AccessDeniedException.class);
        fixtures.signInAs(Role.POSTE);
        assertThatThrownBy(() -> workflow.ouvrirEligibilite(d.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void another_authority_may_neither_read_nor_submit_a_file() {
        FicolDossier d = fixtures.brouillon("69123", "BJ", 350_000);
        fixtures.signInCollectivite("44109");
        assertThatThrownBy(() -> dossiers.get(d.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workflow.deposer(d.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dossiers.enregistrer(d)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_file_is_tied_to_a_partnership_of_its_lead_authority() {
        var nantes = fixtures.partenariat("44109", "BJ");
        FicolDossier d = fixtures.brouillon("69123", "BJ", 350_000);
        d.setPartenariatId(nantes.getId());
        assertThatThrownBy(() -> dossiers.enregistrer(d))
                .extracting("messageKey")
                .isEqualTo("ficol.partenariat.hors-collectivite");
    }

    @Test
    void a_submitted_file_is_no_longer_edited_and_a_stale_draft_is_refused() {
        FicolDossier d = fixtures.brouillon("69123", "BJ", 350_000);
        FicolDossier copie = dossiers.get(d.getId());
        d.setIntitule(d.getIntitule() + " bis");
        dossiers.enregistrer(d);
        copie.setIntitule("Autre titre");
        assertThatThrownBy(() -> dossiers.enregistrer(copie))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        workflow.deposer(d.getId());
        FicolDossier depose = dossiers.get(d.getId());
        depose.setIntitule("Changé après dépôt");
        assertThatThrownBy(() -> dossiers.enregistrer(depose))
                .extracting("messageKey")
                .isEqualTo("ficol.dossier.plus-modifiable");
    }

    private FicolDossier deposeEtInstruit() {
        FicolDossier d = fixtures.brouillon("69123", "SN", 350_000);
        workflow.deposer(d.getId());
        fixtures.signInAs(Role.AFD);
        workflow.ouvrirEligibilite(d.getId());
        workflow.conclureEligibilite(d.getId());
        workflow.ajouterNote(d.getId(), "RAS");
        return workflow.transmettreComite(d.getId());
    }

    @Autowired
    fr.coopdec.support.TestUsers users;

    private void testAs(String email) {
        users.signIn(email);
    }
}
