package fr.coopdec.pact3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.TranslationProvider;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.IntegrationTest;
import fr.coopdec.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class Pact3ServiceTest {

    @Autowired
    Pact3Fixtures fixtures;

    @Autowired
    AtlasFixtures atlas;

    @Autowired
    TestUsers users;

    @Autowired
    AppelPact3Service appels;

    @Autowired
    CandidatureService candidatures;

    @Autowired
    JuryService jury;

    @Autowired
    LaureatService laureats;

    @Autowired
    MissionExploratoireService missions;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void only_daect_creates_calls() {
        users.signInAs(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(atlas.commune("69123")));
        Appel a = new Appel(
                2026,
                "Appel " + AtlasFixtures.token(),
                LocalDate.now(),
                LocalDate.now().plusDays(5),
                BigDecimal.TEN);
        a.setCriteres(List.of(new Critere("Qualité", 1)));
        assertThatThrownBy(() -> appels.save(a)).isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.appelOuvert().getId()).isNotNull();
    }

    @Test
    void an_authority_sees_only_its_own_applications() {
        Appel appel = fixtures.appelOuvert();
        String lyon = fixtures.collectivite("69123");
        String bordeaux = fixtures.collectivite("33063");
        Candidature deLyon = fixtures.soumise(appel, lyon);
        Candidature deBordeaux = fixtures.soumise(appel, bordeaux);

        users.signIn(bordeaux);
        assertThat(candidatures.mesCandidatures(Pageable.unpaged()).getContent())
                .extracting(Candidature::getId)
                .contains(deBordeaux.getId())
                .doesNotContain(deLyon.getId());
        assertThatThrownBy(() -> candidatures.findById(deLyon.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(candidatures.findById(deBordeaux.getId()).getCollectiviteNom())
                .isEqualTo("Bordeaux");
    }

    @Test
    void a_draft_is_kept_and_a_submission_is_final() {
        Appel appel = fixtures.appelOuvert();
        users.signIn(fixtures.collectivite("69123"));
        Candidature draft = candidatures.brouillon(appel.getId());
        draft.setEquipe("Direction des relations internationales");
        Candidature saved = candidatures.enregistrer(draft);
        assertThat(candidatures.brouillon(appel.getId()).getId()).isEqualTo(saved.getId());
        assertThat(candidatures.findById(saved.getId()).getEquipe())
                .isEqualTo("Direction des relations internationales");

        assertThatThrownBy(() -> candidatures.soumettre(candidatures.findById(saved.getId())))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("pact3.candidature.incomplete");
        Candidature complete = candidatures.findById(saved.getId());
        complete.setThemes(Set.of("EAU_ASSAINISSEMENT"));
        complete.setSavoirFaire("Régie publique de l’eau");
        Candidature submitted = candidatures.soumettre(complete);
        assertThat(submitted.getStatut()).isEqualTo(StatutCandidature.SOUMISE);
        assertThat(submitted.getSoumiseLe()).isNotNull();

        Candidature again = candidatures.findById(saved.getId());
        again.setEquipe("Autre");
        assertThatThrownBy(() -> candidatures.enregistrer(again))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("pact3.candidature.deja-soumise");
    }

    @Test
    void a_late_submission_is_refused_with_the_closing_date() {
        Appel appel = fixtures.appelOuvert();
        String email = fixtures.collectivite("69123");
        users.signIn(email);
        Candidature draft = candidatures.brouillon(appel.getId());
        users.signOut();
        fixtures.asAdmin(() -> {
            Appel stored = appels.findById(appel.getId()).orElseThrow();
            stored.setDateOuverture(LocalDate.now().minusDays(30));
            stored.setDateCloture(LocalDate.now().minusDays(1));
            return appels.save(stored);
        });

        users.signIn(email);
        Candidature c = candidatures.findById(draft.getId());
        c.setThemes(Set.of("EAU_ASSAINISSEMENT"));
        c.setSavoirFaire("Trop tard");
        assertThatThrownBy(() -> candidatures.soumettre(c))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(TranslationProvider.translate(
                                e.getMessageKey(), TranslationProvider.FRENCH, e.getArguments()))
                        .startsWith("L’appel a été clos le "
                                + fr.coopdec.shared.DateFormats.date(TranslationProvider.FRENCH)
                                        .format(LocalDate.now().minusDays(1))));
        assertThat(candidatures.findById(draft.getId()).getStatut()).isEqualTo(StatutCandidature.BROUILLON);
    }

    @Test
    void references_are_picked_among_the_authority_partnerships_only() {
        Partenariat mine = fixtures.partenariat("42218", "SN");
        Partenariat other = fixtures.partenariat("29019", "SN");
        Appel appel = fixtures.appelOuvert();
        users.signIn(fixtures.collectivite("42218"));
        assertThat(candidatures.referencesPossibles())
                .extracting(r -> r.id())
                .contains(mine.getId())
                .doesNotContain(other.getId());

        Candidature c = candidatures.brouillon(appel.getId());
        c.setReferences(Set.of(mine.getId(), other.getId()));
        assertThatThrownBy(() -> candidatures.enregistrer(c))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("reference-hors-perimetre");
        Candidature ok = candidatures.findById(c.getId());
        ok.setReferences(Set.of(mine.getId()));
        assertThat(candidatures.enregistrer(ok).getReferences()).containsExactly(mine.getId());
    }

    @Test
    void a_juror_sees_and_scores_only_what_is_assigned_after_declaring_no_conflict() {
        Candidature c = fixtures.soumise(fixtures.appelOuvert(), fixtures.collectivite("69123"));
        String juror = users.create(Role.AFD);
        String outsider = users.create(Role.AFD);
        Jure j = fixtures.asAdmin(() -> jury.assigner(c.getId(), juror));

        users.signIn(outsider);
        assertThat(jury.mesEvaluations(Pageable.unpaged()).getContent()).isEmpty();
        assertThatThrownBy(() -> jury.evaluation(j.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> jury.declarerSansConflit(j.getId())).isInstanceOf(AccessDeniedException.class);

        users.signIn(juror);
        assertThat(jury.mesEvaluations(Pageable.unpaged()).getContent())
                .extracting(Jure::getId)
                .containsExactly(j.getId());
        List<Note> notes = List.of(new Note(0, 4, "Solide"), new Note(1, 1, "Peu de références"));
        assertThatThrownBy(() -> jury.noter(j.getId(), notes)).hasMessageContaining("pact3.jury.conflit-non-declare");
        jury.declarerSansConflit(j.getId());
        assertThatThrownBy(() -> jury.noter(j.getId(), List.of(new Note(0, 6, ""), new Note(1, 1, ""))))
                .hasMessageContaining("note-hors-bornes");
        assertThatThrownBy(() -> jury.noter(j.getId(), List.of(new Note(0, 3, ""))))
                .hasMessageContaining("notes-incompletes");
        Jure scored = jury.noter(j.getId(), notes);
        // (4 × 2 + 1 × 1) / 3 = 3
        assertThat(scored.moyennePonderee().getAsDouble()).isEqualTo(3.0);
    }

    @Test
    void a_juror_from_the_applying_authority_is_refused() {
        Candidature c = fixtures.soumise(fixtures.appelOuvert(), fixtures.collectivite("69123"));
        String colleague = fixtures.collectivite("69123");
        assertThatThrownBy(() -> fixtures.asAdmin(() -> jury.assigner(c.getId(), colleague)))
                .hasMessageContaining("pact3.jury.meme-collectivite");
    }

    @Test
    void the_ranking_orders_applications_by_the_mean_of_weighted_averages() {
        Appel appel = fixtures.appelOuvert();
        Candidature faible = fixtures.soumise(appel, fixtures.collectivite("69123"));
        Candidature forte = fixtures.soumise(appel, fixtures.collectivite("33063"));
        Candidature sansNote = fixtures.soumise(appel, fixtures.collectivite("42218"));
        fixtures.jureNote(faible, 1, 4); // 2
        fixtures.jureNote(forte, 5, 5); // 5
        fixtures.jureNote(forte, 4, 1); // 3 → mean 4

        List<Classement> ranking = fixtures.asAdmin(() -> jury.classement(appel.getId()));
        assertThat(ranking)
                .extracting(l -> l.candidature().getId())
                .containsExactly(forte.getId(), faible.getId(), sansNote.getId());
        assertThat(ranking.get(0).moyenne()).isEqualTo(4.0);
        assertThat(ranking.get(0).rang()).isEqualTo(1);
        assertThat(ranking.get(0).notes()).isEqualTo(2);
        assertThat(ranking.get(2).moyenne()).isNull();
        assertThat(ranking.get(2).rang()).isZero();
    }

    @Test
    void a_decision_needs_a_score_and_a_reason_and_is_emailed() {
        String email = fixtures.collectivite("69123");
        Candidature c = fixtures.soumise(fixtures.appelOuvert(), email, "CULTURE");
        assertThatThrownBy(() -> fixtures.asAdmin(() -> jury.decider(c.getId(), true, "Très bien")))
                .hasMessageContaining("pact3.decision.sans-note");
        fixtures.jureNote(c, 3, 3);
        assertThatThrownBy(() -> fixtures.asAdmin(() -> jury.decider(c.getId(), true, " ")))
                .hasMessageContaining("motif-requis");

        Candidature labelled = fixtures.asAdmin(() -> jury.decider(c.getId(), true, "Expertise culturelle reconnue"));

        assertThat(labelled.getStatut()).isEqualTo(StatutCandidature.LABELLISEE);
        assertThat(labelled.getLabelValideJusquAu()).isEqualTo(LocalDate.now().plusYears(3));
        assertThat(fixtures.mailsTo(email)).isEqualTo(1);
        assertThat(fixtures.dernierMail(email))
                .contains("votre collectivité est labellisée")
                .contains("Expertise culturelle reconnue");
        assertThat(laureats.laureatesForThemes(Set.of("CULTURE")))
                .extracting(Candidature::getId)
                .contains(c.getId());
        assertThat(laureats.laureatesForThemes(Set.of("SPORT")))
                .extracting(Candidature::getId)
                .doesNotContain(c.getId());
        assertThat(laureats.laureats("CULTURE", Pageable.unpaged()).getContent())
                .extracting(Candidature::getId)
                .contains(c.getId());
    }

    @Test
    void a_refusal_is_emailed_with_its_reason() {
        String email = fixtures.collectivite("33063");
        Candidature c = fixtures.soumise(fixtures.appelOuvert(), email);
        fixtures.jureNote(c, 1, 1);
        Candidature refused = fixtures.asAdmin(() -> jury.decider(c.getId(), false, "Références insuffisantes"));
        assertThat(refused.getStatut()).isEqualTo(StatutCandidature.NON_LABELLISEE);
        assertThat(fixtures.dernierMail(email)).contains("n’a pas été retenue").contains("Références insuffisantes");
        assertThat(laureats.laureatesForThemes(Set.of("EAU_ASSAINISSEMENT")))
                .extracting(Candidature::getId)
                .doesNotContain(c.getId());
    }

    @Test
    void eligible_countries_are_oda_recipients_with_at_most_n_active_partnerships() {
        for (int i = 0; i < 6; i++) {
            fixtures.partenariat("69123", "MA");
        }
        List<PaysEligible> eligibles = missions.paysEligibles();
        assertThat(eligibles).isNotEmpty().allMatch(p -> p.partenariatsActifs() <= appels.seuilPartenariats());
        assertThat(eligibles).extracting(PaysEligible::code).doesNotContain("MA", "FR");
    }

    @Test
    void a_mission_goes_through_its_workflow_within_the_ceiling_and_its_budget() {
        String email = fixtures.collectivite("69123");
        Candidature laureat = fixtures.laureat(email);
        for (int i = 0; i < 6; i++) {
            fixtures.partenariat("69123", "MA");
        }
        String eligible = fixtures.paysEligible().code();
        Map<NatureDepense, BigDecimal> budget = Map.of(
                NatureDepense.TRANSPORT,
                new BigDecimal("3000"),
                NatureDepense.PER_DIEM,
                new BigDecimal("1500"),
                NatureDepense.AUTRE,
                new BigDecimal("500"));

        users.signIn(email);
        assertThatThrownBy(() -> missions.proposer(laureat.getId(), "MA", "Prospection", budget))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(TranslationProvider.translate(
                                e.getMessageKey(), TranslationProvider.FRENCH, e.getArguments()))
                        .startsWith("Maroc compte ")
                        .contains("plus que le maximum de 5"));
        assertThatThrownBy(() -> missions.proposer(
                        laureat.getId(),
                        eligible,
                        "Prospection",
                        Map.of(NatureDepense.TRANSPORT, new BigDecimal("9000"))))
                .hasMessageContaining("plafond-depasse");
        MissionExploratoire m = missions.proposer(laureat.getId(), eligible, "Prospection", budget);
        assertThat(m.budget()).isEqualByComparingTo("5000");
        assertThatThrownBy(() -> missions.approuver(m.getId())).isInstanceOf(AccessDeniedException.class);
        users.signOut();

        fixtures.asAdmin(() -> missions.approuver(m.getId()));
        assertThatThrownBy(() -> fixtures.asAdmin(
                        () -> missions.enregistrerPaiement(m.getId(), LocalDate.now(), new BigDecimal("6000"))))
                .hasMessageContaining("depasse-budget");
        fixtures.asAdmin(() -> missions.enregistrerPaiement(m.getId(), LocalDate.now(), new BigDecimal("2500")));
        users.signIn(email);
        missions.realisee(m.getId());
        MissionExploratoire reported =
                missions.deposerRapport(m.getId(), "rapport.pdf", "application/pdf", new byte[] {1, 2, 3});
        assertThat(reported.getStatut()).isEqualTo(StatutMissionExploratoire.RAPPORT_DEPOSE);
        assertThat(missions.rapports(m.getId()))
                .extracting(PieceJointeInfo::nomFichier)
                .containsExactly("rapport.pdf");
        assertThatThrownBy(() -> missions.cloturer(m.getId())).isInstanceOf(AccessDeniedException.class);
        users.signOut();
        MissionExploratoire closed = fixtures.asAdmin(() -> missions.cloturer(m.getId()));
        assertThat(closed.getStatut()).isEqualTo(StatutMissionExploratoire.CLOTUREE);
        assertThat(closed.totalPaye()).isEqualByComparingTo("2500");
    }

    @Test
    void missions_are_seen_by_their_authority_and_daect_only() {
        String lyon = fixtures.collectivite("69123");
        Candidature laureat = fixtures.laureat(lyon);
        String eligible = fixtures.paysEligible().code();
        users.signIn(lyon);
        MissionExploratoire m = missions.proposer(
                laureat.getId(), eligible, "Rencontre des élus", Map.of(NatureDepense.TRANSPORT, BigDecimal.ONE));
        assertThat(missions.find(Pageable.unpaged()).getContent())
                .extracting(MissionExploratoire::getId)
                .contains(m.getId());

        users.signIn(fixtures.collectivite("33063"));
        assertThat(missions.find(Pageable.unpaged()).getContent())
                .extracting(MissionExploratoire::getId)
                .doesNotContain(m.getId());
        assertThatThrownBy(() -> missions.realisee(m.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> missions.proposer(laureat.getId(), eligible, "Usurpation", Map.of()))
                .isInstanceOf(AccessDeniedException.class);

        users.signInAs(Role.POSTE, u -> {});
        assertThatThrownBy(() -> missions.find(Pageable.unpaged())).isInstanceOf(AccessDeniedException.class);
        users.signOut();
        assertThat(fixtures.asAdmin(() -> missions.find(Pageable.unpaged()).getContent()))
                .extracting(MissionExploratoire::getId)
                .contains(m.getId());
    }

    @Test
    void an_authority_without_a_valid_label_cannot_propose_a_mission() {
        String email = fixtures.collectivite("42218");
        Candidature c = fixtures.soumise(fixtures.appelOuvert(), email);
        users.signIn(email);
        assertThatThrownBy(() ->
                        missions.proposer(c.getId(), fixtures.paysEligible().code(), "Mission", Map.of()))
                .hasMessageContaining("pact3.mission.sans-label");
    }
}
