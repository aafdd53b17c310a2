package fr.coopdec.assises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.mail.MailDispatcher;
import fr.coopdec.shared.mail.MailTesting;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.IntegrationTest;
import fr.coopdec.support.TestUsers;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class InscriptionServiceTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    InscriptionService inscriptions;

    @Autowired
    ParticipantsService participants;

    @Autowired
    PresenceService presences;

    @Autowired
    ProgrammeService programme;

    @Autowired
    EvenementService evenements;

    @Autowired
    AssisesFixtures fixtures;

    @Autowired
    TestUsers users;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void waitlisted_participant_is_promoted_in_order_and_emailed_when_a_seat_frees() throws Exception {
        Evenement e = fixtures.evenement(1);
        var premier = fixtures.inscrire(e, "Premier", true);
        var second = fixtures.inscrire(e, "Second", true);
        var troisieme = fixtures.inscrire(e, "Troisieme", true);
        assertThat(List.of(premier.statut(), second.statut(), troisieme.statut()))
                .containsExactly(
                        StatutInscription.CONFIRMEE, StatutInscription.EN_ATTENTE, StatutInscription.EN_ATTENTE);

        MailTesting.parkOthers(context);
        MailDispatcher dispatcher =
                MailTesting.dispatcher(context, greenMail.getSmtp().getPort(), MailTesting.fast());
        dispatcher.start();
        try {
            inscriptions.annulerParJeton(premier.jeton());
            MailTesting.await(Duration.ofSeconds(10), () -> greenMail.getReceivedMessages().length > 0);
            Thread.sleep(200);
        } finally {
            dispatcher.stop();
        }

        assertThat(inscriptions.parJeton(second.jeton()).orElseThrow().getStatut())
                .isEqualTo(StatutInscription.CONFIRMEE);
        assertThat(inscriptions.parJeton(troisieme.jeton()).orElseThrow().getStatut())
                .isEqualTo(StatutInscription.EN_ATTENTE);
        assertThat(fixtures.placesPrises(e.getId())).isEqualTo(1);
        assertThat(greenMail.getReceivedMessages()).singleElement().satisfies(m -> {
            assertThat(m.getAllRecipients()[0].toString()).isEqualTo("second@test.coopdec.fr");
            assertThat((String) m.getContent()).contains("/assises/inscription/" + second.jeton());
        });
    }

    @Test
    void a_full_session_waitlists_or_refuses_and_a_cancellation_promotes_the_first_waiting() {
        Evenement e = fixtures.evenement(10);
        SessionProgramme s = fixtures.session(e, "Salle A", 9, 1);
        var a = fixtures.inscrire(e, "Alpha", false, s.getId());
        assertThatThrownBy(() -> fixtures.inscrire(e, "Refuse", false, s.getId()))
                .isInstanceOfSatisfying(
                        SessionComplete.class, x -> assertThat(x.getSessionId()).isEqualTo(s.getId()));
        assertThat(fixtures.placesPrises(e.getId()))
                .as("nothing kept of the refused request")
                .isEqualTo(1);
        var b = fixtures.inscrire(e, "Beta", true, s.getId());
        assertThat(b.statut()).isEqualTo(StatutInscription.CONFIRMEE);
        assertThat(b.sessionsEnAttente()).containsExactly(s.getId());

        inscriptions.modifierParJeton(a.jeton(), Set.of(), "Fauteuil roulant", true);

        assertThat(inscriptions.parJeton(b.jeton()).orElseThrow().getChoix())
                .singleElement()
                .satisfies(c -> assertThat(c.getStatut()).isEqualTo(StatutChoix.CONFIRME));
        assertThat(inscriptions.parJeton(a.jeton()).orElseThrow().getAccessibilite())
                .isEqualTo("Fauteuil roulant");
        assertThat(fixtures.placesPrisesSession(s.getId())).isEqualTo(1);
    }

    @Test
    void a_delegation_registers_several_people_at_once_and_bad_fields_are_refused() {
        Evenement e = fixtures.evenement(10);
        var result = inscriptions.inscrire(
                e.getId(),
                new DemandeInscription(
                        List.of(AssisesFixtures.participant("Deleg1"), AssisesFixtures.participant("Deleg2")),
                        Set.of(),
                        false,
                        "en"));
        assertThat(result.lignes()).hasSize(2).allSatisfy(l -> assertThat(l.statut())
                .isEqualTo(StatutInscription.CONFIRMEE));
        assertThat(inscriptions
                        .parJeton(result.lignes().get(0).jeton())
                        .orElseThrow()
                        .getDelegation())
                .isNotNull();

        assertThatThrownBy(() -> inscriptions.inscrire(
                        e.getId(),
                        new DemandeInscription(
                                List.of(new Participant(
                                        "A", "B", "pas-un-email", "Org", CategorieParticipant.AUTRE, null, null, null)),
                                Set.of(),
                                true,
                                "fr")))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void approval_keeps_the_seat_until_the_organiser_decides() {
        Evenement e = fixtures.evenement(1);
        users.signInAs(Role.ADMIN, u -> {});
        e.setApprobationRequise(true);
        evenements.enregistrer(e);
        users.signOut();
        var a = fixtures.inscrire(e, "Avalider", true);
        var b = fixtures.inscrire(e, "Attente", true);
        assertThat(a.statut()).isEqualTo(StatutInscription.A_VALIDER);
        users.signIn(fixtures.organisateur(e));

        participants.refuser(a.id());

        assertThat(inscriptions.parJeton(b.jeton()).orElseThrow().getStatut()).isEqualTo(StatutInscription.A_VALIDER);
        participants.approuver(b.id());
        assertThat(inscriptions.parJeton(b.jeton()).orElseThrow().getStatut()).isEqualTo(StatutInscription.CONFIRMEE);
    }

    @Test
    void an_organiser_manages_its_event_only() {
        Evenement sien = fixtures.evenement(5);
        Evenement autre = fixtures.evenement(5);
        var inscrit = fixtures.inscrire(autre, "Autre", true);
        users.signIn(fixtures.organisateur(sien));

        assertThat(evenements.geres()).extracting(Evenement::getId).containsExactly(sien.getId());
        assertThat(participants.rechercher(
                        sien.getId(), FiltreParticipants.TOUS, org.springframework.data.domain.Pageable.ofSize(10)))
                .isEmpty();
        assertThatThrownBy(() -> participants.rechercher(
                        autre.getId(), FiltreParticipants.TOUS, org.springframework.data.domain.Pageable.ofSize(10)))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> participants.annuler(inscrit.id())).isInstanceOf(BusinessException.class);

        users.signInAs(Role.POSTE, u -> {});
        assertThatThrownBy(() -> participants.rechercher(
                        sien.getId(), FiltreParticipants.TOUS, org.springframework.data.domain.Pageable.ofSize(10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void daect_gives_an_organiser_account_the_management_of_an_event() {
        Evenement e = fixtures.evenement(5);
        String organisateur = users.create(Role.ORGANISATEUR);
        String poste = users.create(Role.POSTE);
        users.signInAs(Role.ADMIN, u -> {});
        evenements.affecterOrganisateur(e.getId(), organisateur);
        assertThatThrownBy(() -> evenements.affecterOrganisateur(e.getId(), poste))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> evenements.affecterOrganisateur(e.getId(), "inconnu@test.coopdec.fr"))
                .isInstanceOf(BusinessException.class);
        users.signIn(organisateur);
        assertThat(evenements.geres()).extracting(Evenement::getId).containsExactly(e.getId());
        assertThatThrownBy(() -> evenements.affecterOrganisateur(e.getId(), organisateur))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void check_in_is_once_per_day_and_can_be_undone() {
        Evenement e = fixtures.evenement(5);
        var a = fixtures.inscrire(e, "Pointe", true);
        users.signIn(fixtures.organisateur(e));
        LocalDate jour = LocalDate.of(2099, 11, 4);
        String badge = inscriptions.parJeton(a.jeton()).orElseThrow().getBadgeJeton();

        presences.pointerParJeton(e.getId(), badge, jour);
        assertThatThrownBy(() -> presences.pointer(a.id(), jour))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("assises.erreur.deja-pointe");
        presences.pointer(a.id(), jour.plusDays(1));
        assertThat(presences.presentsParCategorie(e.getId(), jour))
                .containsEntry(CategorieParticipant.COLLECTIVITE_PARTENAIRE, 1L);

        presences.annulerPointage(a.id(), jour);
        assertThat(presences.estPresent(a.id(), jour)).isFalse();
        presences.pointer(a.id(), jour);
        assertThat(presences.estPresent(a.id(), jour)).isTrue();
    }

    @Test
    void room_and_speaker_conflicts_are_found() {
        Evenement e = fixtures.evenement(5);
        SessionProgramme s1 = fixtures.session(e, "Salle Mono", 9, 10, "Marie Dupont");
        SessionProgramme s2 = fixtures.session(e, "Salle Mono", 10, 10);
        SessionProgramme s3 = fixtures.session(e, "Salle Niger", 10, 10, "marie dupont");
        fixtures.session(e, "Salle Mono", 14, 10, "Marie Dupont");

        assertThat(programme.conflits(e.getId()))
                .extracting(c -> c.type() + ":" + c.detail() + ":"
                        + c.premiere().getId() + "-" + c.seconde().getId())
                .containsExactlyInAnyOrder(
                        "SALLE:Salle Mono:" + s1.getId() + "-" + s2.getId(),
                        "INTERVENANT:marie dupont:" + s1.getId() + "-" + s3.getId());
    }
}
