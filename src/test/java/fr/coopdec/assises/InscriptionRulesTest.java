package fr.coopdec.assises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.coopdec.shared.TranslationProvider;
import fr.coopdec.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/** One active registration per person and event, held by the database; registration windows. */
@IntegrationTest
class InscriptionRulesTest {

    @Autowired
    InscriptionService inscriptions;

    @Autowired
    AssisesFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_same_email_in_the_same_or_upper_case_takes_one_seat_and_gets_its_link_again() {
        Evenement e = fixtures.evenement(10);
        String email = "awa.doublon." + AssisesFixtures.token() + "@test.coopdec.fr";
        var premiere = inscrire(e, personne("Awa", email));
        var memeCasse = inscrire(e, personne("Awa", email));
        var majuscules = inscrire(e, personne("Awa", email.toUpperCase()));

        assertThat(premiere.statut()).isEqualTo(StatutInscription.CONFIRMEE);
        assertThat(premiere.dejaInscrit()).isFalse();
        assertThat(List.of(memeCasse, majuscules)).allSatisfy(l -> {
            assertThat(l.dejaInscrit()).isTrue();
            assertThat(l.id()).isEqualTo(premiere.id());
            assertThat(l.statut()).isEqualTo(StatutInscription.CONFIRMEE);
            assertThat(l.jeton()).as("the link goes by e-mail only").isNull();
        });
        assertThat(fixtures.placesPrises(e.getId())).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM assises_inscription WHERE evenement_id = ?", e.getId()))
                .isEqualTo(1);
        assertThat(jdbc.queryForList(
                        "SELECT sujet FROM mail_sortant WHERE LOWER(destinataire) = ? ORDER BY id",
                        String.class,
                        email))
                .containsExactly(
                        "Inscription confirmée : " + e.getTitre(),
                        "Votre lien personnel : " + e.getTitre(),
                        "Votre lien personnel : " + e.getTitre());
        assertThat(jdbc.queryForObject(
                        "SELECT corps FROM mail_sortant WHERE LOWER(destinataire) = ? ORDER BY id DESC LIMIT 1",
                        String.class,
                        email))
                .contains("/assises/inscription/" + premiere.jeton(), "déjà inscrit(e)");
    }

    @Test
    void the_database_itself_refuses_a_second_active_row_and_a_cancelled_person_may_register_again() {
        Evenement e = fixtures.evenement(10);
        String email = "base." + AssisesFixtures.token() + "@test.coopdec.fr";
        var premiere = inscrire(e, personne("Base", email));

        assertThatThrownBy(() -> jdbc.update(
                        "INSERT INTO assises_inscription (id, version, created_at, updated_at, evenement_id,"
                                + " jeton, badge_jeton, prenom, nom, email, organisation, categorie, langue, statut)"
                                + " SELECT NEXTVAL(assises_inscription_seq), 0, NOW(), NOW(), evenement_id, 'jeton-"
                                + AssisesFixtures.token()
                                + "', 'badge-" + AssisesFixtures.token()
                                + "', prenom, nom, UPPER(email), organisation, categorie, langue, 'EN_ATTENTE'"
                                + " FROM assises_inscription WHERE id = ?",
                        premiere.id()))
                .isInstanceOf(DuplicateKeyException.class);

        inscriptions.annulerParJeton(premiere.jeton());
        var seconde = inscrire(e, personne("Base", email));
        assertThat(seconde.dejaInscrit()).isFalse();
        assertThat(seconde.id()).isNotEqualTo(premiere.id());
        assertThat(seconde.statut()).isEqualTo(StatutInscription.CONFIRMEE);
        assertThat(fixtures.placesPrises(e.getId())).isEqualTo(1);
    }

    @Test
    void a_delegation_registers_its_new_members_and_reports_those_already_registered() {
        Evenement e = fixtures.evenement(10);
        String deja = "deleg.deja." + AssisesFixtures.token() + "@test.coopdec.fr";
        String nouveau = "deleg.nouveau." + AssisesFixtures.token() + "@test.coopdec.fr";
        inscrire(e, personne("Deja", deja));

        var lignes = inscriptions
                .inscrire(
                        e.getId(),
                        new DemandeInscription(
                                List.of(personne("Deja", deja.toUpperCase()), personne("Nouveau", nouveau)),
                                Set.of(),
                                true,
                                "fr"))
                .lignes();

        assertThat(lignes).extracting(ResultatInscription.Ligne::dejaInscrit).containsExactly(true, false);
        assertThat(lignes.get(1).statut()).isEqualTo(StatutInscription.CONFIRMEE);
        assertThat(fixtures.placesPrises(e.getId())).isEqualTo(2);
        assertThatThrownBy(() -> inscriptions.inscrire(
                        e.getId(),
                        new DemandeInscription(
                                List.of(personne("Un", "meme." + nouveau), personne("Deux", "MEME." + nouveau)),
                                Set.of(),
                                true,
                                "fr")))
                .isInstanceOfSatisfying(ChampInvalide.class, x -> {
                    assertThat(x.getChamp()).isEqualTo("participants[1].email");
                    assertThat(french(x)).contains("sa propre adresse");
                });
        assertThat(fixtures.placesPrises(e.getId()))
                .as("nothing kept of the refused request")
                .isEqualTo(2);
    }

    @Test
    void registration_on_an_ended_event_is_refused_in_french() {
        Evenement termine = fixtures.evenement(300, LocalDate.of(2016, 11, 3), LocalDate.of(2016, 11, 4), null, null);

        assertThatThrownBy(() -> inscrire(termine, AssisesFixtures.participant("Tardif")))
                .isInstanceOfSatisfying(InscriptionsFermees.class, x -> assertThat(french(x))
                        .isEqualTo("Les inscriptions à « " + termine.getTitre()
                                + " » sont closes depuis le 3 novembre 2016."));
        assertThat(fixtures.placesPrises(termine.getId())).isZero();
        // An explicit closing date after the end does not reopen it.
        Evenement prolonge = fixtures.evenement(
                300, LocalDate.of(2016, 11, 3), LocalDate.of(2016, 11, 4), null, LocalDate.of(2099, 1, 1));
        assertThatThrownBy(() -> inscrire(prolonge, AssisesFixtures.participant("Tardif")))
                .isInstanceOf(InscriptionsFermees.class);
    }

    @Test
    void registrations_open_on_the_opening_day_and_close_by_default_when_the_event_starts() {
        LocalDate today = inscriptions.aujourdhui();
        Evenement pasOuvert = fixtures.evenement(10, today.plusDays(30), today.plusDays(31), today.plusDays(1), null);
        Evenement commenceAujourdhui = fixtures.evenement(10, today, today.plusDays(1), null, null);
        Evenement commenceDemain = fixtures.evenement(10, today.plusDays(1), today.plusDays(2), today, null);
        Evenement fermeAujourdhui = fixtures.evenement(10, today.plusDays(10), today.plusDays(11), null, today);

        assertThatThrownBy(() -> inscrire(pasOuvert, AssisesFixtures.participant("Tot")))
                .isInstanceOfSatisfying(
                        InscriptionsFermees.class, x -> assertThat(french(x)).contains("ouvriront le"));
        assertThatThrownBy(() -> inscrire(commenceAujourdhui, AssisesFixtures.participant("Jour")))
                .isInstanceOf(InscriptionsFermees.class);
        assertThatThrownBy(() -> inscrire(fermeAujourdhui, AssisesFixtures.participant("Ferme")))
                .isInstanceOf(InscriptionsFermees.class);
        assertThat(inscrire(commenceDemain, AssisesFixtures.participant("Veille"))
                        .statut())
                .isEqualTo(StatutInscription.CONFIRMEE);
    }

    private ResultatInscription.Ligne inscrire(Evenement e, Participant p) {
        return inscriptions
                .inscrire(e.getId(), new DemandeInscription(List.of(p), Set.of(), true, "fr"))
                .lignes()
                .get(0);
    }

    private static Participant personne(String nom, String email) {
        return new Participant(
                "Awa",
                nom,
                email,
                "Commune de Bohicon",
                CategorieParticipant.COLLECTIVITE_PARTENAIRE,
                null,
                null,
                null);
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private static String french(fr.coopdec.shared.BusinessException e) {
        return TranslationProvider.translate(e.getMessageKey(), TranslationProvider.FRENCH, e.getArguments());
    }
}
