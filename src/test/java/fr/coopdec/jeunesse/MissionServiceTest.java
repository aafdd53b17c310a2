package fr.coopdec.jeunesse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.referential.CollectivitePartenaire;
import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.IntegrationTest;
import fr.coopdec.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class MissionServiceTest {

    @Autowired
    JeunesseFixtures fixtures;

    @Autowired
    MissionService missions;

    @Autowired
    VolontaireService volontaires;

    @Autowired
    ReciprociteQueries reciprocite;

    @Autowired
    TestUsers users;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void an_overlapping_placement_of_the_same_volunteer_is_refused() {
        Volontaire v = fixtures.volontaire("Dossou" + AtlasFixtures.token(), LocalDate.of(2000, 3, 1));
        fixtures.mission(
                v,
                Direction.ENVOI,
                "BJ",
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 6, 30),
                StatutMission.TERMINEE,
                null);

        assertThatThrownBy(() -> fixtures.mission(
                        v,
                        Direction.ENVOI,
                        "BJ",
                        LocalDate.of(2024, 6, 30),
                        LocalDate.of(2024, 12, 31),
                        StatutMission.PREVUE,
                        null))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("jeunesse.mission.chevauchement");
        fixtures.mission(
                v,
                Direction.ENVOI,
                "BJ",
                LocalDate.of(2024, 7, 1),
                LocalDate.of(2024, 12, 31),
                StatutMission.PREVUE,
                null);
    }

    @Test
    void only_a_placement_that_has_not_ended_can_be_interrupted() {
        Volontaire v = fixtures.volontaire("Houngbo" + AtlasFixtures.token(), LocalDate.of(2000, 3, 1));
        Mission ended = fixtures.mission(
                v,
                Direction.ENVOI,
                "BJ",
                LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 6, 30),
                StatutMission.TERMINEE,
                null);
        Mission current = fixtures.mission(
                v,
                Direction.ENVOI,
                "BJ",
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31),
                StatutMission.EN_COURS,
                null);
        users.signInAs(Role.VOLONTARIAT, u -> {});

        assertThatThrownBy(() -> missions.interrompre(ended.getId(), LocalDate.of(2023, 3, 1), "Santé"))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("jeunesse.mission.not-interruptible");
        Mission interrupted = missions.interrompre(current.getId(), LocalDate.of(2024, 5, 1), "Santé");
        assertThat(interrupted.getStatut()).isEqualTo(StatutMission.INTERROMPUE);
        assertThat(interrupted.getDateFin()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThatThrownBy(() -> missions.interrompre(current.getId(), LocalDate.of(2024, 4, 1), "Encore"))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("jeunesse.mission.not-interruptible");
    }

    @Test
    void the_age_at_departure_must_fit_the_programme() {
        Volontaire v = fixtures.volontaire("Agbo" + AtlasFixtures.token(), LocalDate.of(1990, 1, 1));
        assertThatThrownBy(() -> fixtures.mission(
                        v,
                        Direction.ACCUEIL,
                        "BJ",
                        LocalDate.of(2024, 1, 1),
                        LocalDate.of(2024, 6, 30),
                        StatutMission.PREVUE,
                        null))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("jeunesse.mission.age");
    }

    @Test
    void a_local_authority_sees_its_placements_and_a_post_those_of_its_country_only() {
        String token = AtlasFixtures.token();
        Volontaire v = fixtures.volontaire("Scope" + token, LocalDate.of(2001, 5, 5));
        Mission lyonBenin = fixtures.mission(
                v,
                Direction.ENVOI,
                "BJ",
                LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 3, 1),
                StatutMission.TERMINEE,
                null);
        Mission nantesSenegal = fixtures.mission(
                v,
                Direction.ENVOI,
                fixtures.atlas.commune("44109"),
                fixtures.atlas.partenaire("SN"),
                LocalDate.of(2023, 4, 1),
                LocalDate.of(2023, 6, 1),
                StatutMission.TERMINEE,
                null);

        users.signInAs(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(fixtures.atlas.commune("44109")));
        assertThat(missions.get(nantesSenegal.getId()).getVille()).isEqualTo("Abomey");
        assertThatThrownBy(() -> missions.get(lyonBenin.getId())).hasMessageContaining("jeunesse.out-of-scope");
        assertThat(missions.find(new MissionFilter(null, null, "Scope" + token), PageRequest.of(0, 10)))
                .containsExactly(nantesSenegal);
        assertThatThrownBy(() -> missions.save(nantesSenegal)).isInstanceOf(AccessDeniedException.class);

        users.signInAs(Role.POSTE, u -> u.setPays(fixtures.atlas.pays("BJ")));
        assertThat(missions.find(new MissionFilter(null, null, "Scope" + token), PageRequest.of(0, 10)))
                .containsExactly(lyonBenin);
        assertThat(volontaires.get(v.getId()).getNom()).startsWith("Scope");

        users.signInAs(Role.AFD, u -> {});
        assertThatThrownBy(() -> missions.get(lyonBenin.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void reciprocity_of_a_partnership_counts_sent_and_hosted_mobilities_per_year() {
        String token = AtlasFixtures.token();
        Partenariat p = fixtures.atlas.partenariat("Réciprocité " + token, fixtures.atlas.commune("69123"), "BJ");
        CollectivitePartenaire partenaire =
                p.getCollectivitesPartenaires().iterator().next();
        for (int i = 0; i < 3; i++) {
            Volontaire v = fixtures.volontaire("Envoi" + i + token, LocalDate.of(2000, 1, 1));
            fixtures.mission(
                    v,
                    Direction.ENVOI,
                    fixtures.atlas.commune("69123"),
                    partenaire,
                    LocalDate.of(2023, 2, 1),
                    LocalDate.of(2023, 8, 1),
                    StatutMission.TERMINEE,
                    p.getId());
        }
        Volontaire hote = fixtures.volontaire("Accueil" + token, LocalDate.of(2000, 1, 1));
        fixtures.mission(
                hote,
                Direction.ACCUEIL,
                fixtures.atlas.commune("69123"),
                partenaire,
                LocalDate.of(2024, 2, 1),
                LocalDate.of(2024, 8, 1),
                StatutMission.EN_COURS,
                p.getId());
        fixtures.mission(
                hote,
                Direction.ACCUEIL,
                fixtures.atlas.commune("69123"),
                partenaire,
                LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 8, 1),
                StatutMission.PREVUE,
                p.getId());

        users.signInAs(Role.VOLONTARIAT, u -> {});
        assertThat(reciprocite.parAnnee(p.getId()))
                .containsExactly(
                        new LigneReciprocite("2023", "2023", 3, 0), new LigneReciprocite("2024", "2024", 0, 1));
    }

    @Test
    void leverage_is_actual_mobilities_per_ten_thousand_euros_of_grant() {
        ProjetJeunesse projet = fixtures.projet("Levier " + AtlasFixtures.token(), new BigDecimal("20000.00"), 5);
        for (int i = 0; i < 3; i++) {
            Volontaire v = fixtures.volontaire("Levier" + i + AtlasFixtures.token(), LocalDate.of(2000, 1, 1));
            Mission m = fixtures.mission(
                    v,
                    Direction.ENVOI,
                    "SN",
                    LocalDate.of(2024, 1, 1),
                    LocalDate.of(2024, 3, 1),
                    StatutMission.TERMINEE,
                    null);
            users.signInAs(Role.VOLONTARIAT, u -> {});
            m.setProjet(projet);
            missions.save(m);
        }
        users.signInAs(Role.ADMIN, u -> {});
        EffetLevier levier = reciprocite.levier().stream()
                .filter(l -> l.appelId() == projet.getAppel().getId())
                .findFirst()
                .orElseThrow();
        assertThat(levier.mobilitesPrevues()).isEqualTo(5);
        assertThat(levier.mobilitesRealisees()).isEqualTo(3);
        assertThat(levier.mobilitesPour10000()).isEqualByComparingTo("1.50");
        assertThat(reciprocite.projets(projet.getAppel().getId()))
                .singleElement()
                .satisfies(s -> assertThat(s.ecart()).isEqualTo(-2));
    }

    @Test
    void the_seed_leverage_counts_each_volunteer_hosted_in_reciprocity_once_next_to_every_mobility() {
        users.signInAs(Role.ADMIN, u -> {});
        LevierPublic avant = reciprocite.levierPublic();
        ProjetJeunesse projet = fixtures.projet("Accueil " + AtlasFixtures.token(), new BigDecimal("20000.00"), 6);
        Volontaire deuxFois = fixtures.volontaire("Hote" + AtlasFixtures.token(), LocalDate.of(2000, 1, 1));
        Volontaire uneFois = fixtures.volontaire("Hote" + AtlasFixtures.token(), LocalDate.of(2000, 1, 1));
        Volontaire prevu = fixtures.volontaire("Hote" + AtlasFixtures.token(), LocalDate.of(2000, 1, 1));
        Volontaire parti = fixtures.volontaire("Envoi" + AtlasFixtures.token(), LocalDate.of(2000, 1, 1));
        java.util.List<Mission> lot = java.util.List.of(
                fixtures.mission(
                        deuxFois,
                        Direction.ACCUEIL,
                        "SN",
                        LocalDate.of(2023, 1, 1),
                        LocalDate.of(2023, 3, 1),
                        StatutMission.TERMINEE,
                        null),
                fixtures.mission(
                        deuxFois,
                        Direction.ACCUEIL,
                        "SN",
                        LocalDate.of(2024, 1, 1),
                        LocalDate.of(2024, 3, 1),
                        StatutMission.TERMINEE,
                        null),
                fixtures.mission(
                        uneFois,
                        Direction.ACCUEIL,
                        "SN",
                        LocalDate.of(2024, 1, 1),
                        LocalDate.of(2024, 3, 1),
                        StatutMission.EN_COURS,
                        null),
                fixtures.mission(
                        prevu,
                        Direction.ACCUEIL,
                        "SN",
                        LocalDate.of(2027, 1, 1),
                        LocalDate.of(2027, 3, 1),
                        StatutMission.PREVUE,
                        null),
                fixtures.mission(
                        parti,
                        Direction.ENVOI,
                        "SN",
                        LocalDate.of(2024, 1, 1),
                        LocalDate.of(2024, 3, 1),
                        StatutMission.TERMINEE,
                        null));
        users.signInAs(Role.VOLONTARIAT, u -> {});
        for (Mission m : lot) {
            m.setProjet(projet);
            missions.save(m);
        }

        users.signInAs(Role.ADMIN, u -> {});
        EffetLevier levier = reciprocite.levier().stream()
                .filter(l -> l.appelId() == projet.getAppel().getId())
                .findFirst()
                .orElseThrow();
        assertThat(levier.volontairesAccueillis()).isEqualTo(2);
        assertThat(levier.mobilitesRealisees()).isEqualTo(4);
        assertThat(levier.accueillisPour10000()).isEqualByComparingTo("1.00");
        assertThat(levier.mobilitesPour10000()).isEqualByComparingTo("2.00");

        LevierPublic apres = reciprocite.levierPublic();
        assertThat(apres.subventions().subtract(avant.subventions())).isEqualByComparingTo("20000");
        assertThat(apres.volontairesAccueillis() - avant.volontairesAccueillis())
                .isEqualTo(2);
        assertThat(apres.mobilitesRealisees() - avant.mobilitesRealisees()).isEqualTo(4);
    }
}
