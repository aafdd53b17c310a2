package fr.coopdec.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.coopdec.referential.CollectivitePartenaire;
import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.history.HistoryEntry;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.IntegrationTest;
import fr.coopdec.support.TestUsers;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@IntegrationTest
class PartenariatServiceTest {

    @Autowired
    PartenariatService service;

    @Autowired
    AtlasFixtures fixtures;

    @Autowired
    TestUsers users;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void embassy_post_edits_partnerships_of_its_country_only() {
        Partenariat benin = fixtures.partenariat("Bénin " + AtlasFixtures.token(), fixtures.commune("69123"), "BJ");
        Partenariat senegal = fixtures.partenariat("Sénégal " + AtlasFixtures.token(), fixtures.commune("69123"), "SN");
        users.signInAs(Role.POSTE, u -> u.setPays(fixtures.pays("BJ")));

        Partenariat editable = service.findForEdit(benin.getId());
        editable.setDescription("Mis à jour par le poste");
        assertThat(service.save(editable).getDescription()).isEqualTo("Mis à jour par le poste");

        assertThatThrownBy(() -> service.findForEdit(senegal.getId())).isInstanceOf(AccessDeniedException.class);
        Partenariat foreign = fixtures.partenariat("Autre " + AtlasFixtures.token(), fixtures.commune("69123"), "SN");
        users.signInAs(Role.POSTE, u -> u.setPays(fixtures.pays("BJ")));
        foreign.setDescription("tentative");
        assertThatThrownBy(() -> service.save(foreign))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("atlas.partenariat.out-of-scope");
    }

    @Test
    void local_authority_edits_its_own_partnerships_and_cannot_move_one_into_its_scope() {
        Partenariat own = fixtures.partenariat("Lyon " + AtlasFixtures.token(), fixtures.commune("69123"), "BJ");
        Partenariat other = fixtures.partenariat("Bordeaux " + AtlasFixtures.token(), fixtures.commune("33063"), "BJ");
        users.signInAs(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(fixtures.commune("69123")));

        Partenariat mine = service.findForEdit(own.getId());
        mine.setAnneeFin(2030);
        assertThat(service.save(mine).getAnneeFin()).isEqualTo(2030);

        other.getCollectivitesFrancaises().add(fixtures.commune("69123"));
        assertThatThrownBy(() -> service.save(other))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("atlas.partenariat.out-of-scope");
    }

    @Test
    void other_roles_and_anonymous_users_cannot_save() {
        Partenariat p = fixtures.unsaved(
                "Refus " + AtlasFixtures.token(), fixtures.commune("69123"), fixtures.partenaire("BJ"));
        assertThatThrownBy(() -> service.save(p)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        users.signInAs(Role.AFD, u -> {});
        assertThatThrownBy(() -> service.save(p)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void rules_refuse_a_partnership_without_foreign_authority_or_with_one_of_another_country() {
        CollectivitePartenaire dakar = fixtures.partenaire("SN");
        users.signInAs(Role.ADMIN, u -> {});
        Partenariat noForeign = fixtures.unsaved("Sans partenaire", fixtures.commune("69123"), dakar);
        noForeign.setCollectivitesPartenaires(Set.of());
        assertThatThrownBy(() -> service.save(noForeign)).hasMessageContaining("atlas.rule.partenaire-required");

        Partenariat wrongCountry = fixtures.unsaved("Mauvais pays", fixtures.commune("69123"), dakar);
        wrongCountry.setPays(fixtures.pays("BJ"));
        assertThatThrownBy(() -> service.save(wrongCountry)).hasMessageContaining("atlas.rule.partenaire-hors-pays");

        Partenariat years = fixtures.unsaved("Années", fixtures.commune("69123"), dakar);
        years.setAnneeFin(2010);
        assertThatThrownBy(() -> service.save(years)).hasMessageContaining("atlas.rule.annees");
    }

    @Test
    void projects_with_co_financing_are_saved_with_the_partnership() {
        Partenariat p = fixtures.unsaved(
                "Projets " + AtlasFixtures.token(), fixtures.commune("69123"), fixtures.partenaire("BJ"));
        users.signInAs(Role.ADMIN, u -> {});
        Projet projet = new Projet("Adduction d’eau potable");
        projet.setBudgetTotal(new BigDecimal("120000.00"));
        projet.setCofinancements(Set.of(
                new Cofinancement(SourceFinancement.DAECT, new BigDecimal("40000")),
                new Cofinancement(SourceFinancement.COLLECTIVITES, new BigDecimal("80000"))));
        p.addProjet(projet);
        long id = service.save(p).getId();

        Partenariat stored = service.findDetail(id).orElseThrow();
        assertThat(stored.getProjets()).singleElement().satisfies(pr -> assertThat(pr.getCofinancements())
                .hasSize(2));
        assertThat(stored.getDerniereMiseAJour()).isNotNull();
    }

    @Test
    void an_afd_ficol_co_financing_is_refused_in_a_country_the_ficol_rules_do_not_fund() {
        Partenariat canada = fixtures.unsaved(
                "Canada " + AtlasFixtures.token(), fixtures.commune("69123"), fixtures.partenaire("CA"));
        Partenariat benin = fixtures.unsaved(
                "Bénin " + AtlasFixtures.token(), fixtures.commune("69123"), fixtures.partenaire("BJ"));
        users.signInAs(Role.ADMIN, u -> {});
        Projet projet = new Projet("Échanges universitaires");
        projet.setCofinancements(Set.of(new Cofinancement(SourceFinancement.AFD_FICOL, new BigDecimal("50000"))));
        canada.addProjet(projet);
        assertThatThrownBy(() -> service.save(canada))
                .isInstanceOf(fr.coopdec.shared.BusinessException.class)
                .extracting("messageKey")
                .isEqualTo("atlas.rule.ficol-pays");

        // other sources are fine there, and AFD (FICOL) money is fine in a country on the DAC list
        projet.setCofinancements(Set.of(new Cofinancement(SourceFinancement.DAECT, new BigDecimal("50000"))));
        assertThat(service.save(canada).getId()).isNotNull();
        Projet eau = new Projet("Adduction d’eau");
        eau.setCofinancements(Set.of(new Cofinancement(SourceFinancement.AFD_FICOL, new BigDecimal("50000"))));
        benin.addProjet(eau);
        assertThat(service.save(benin).getId()).isNotNull();
    }

    @Test
    void a_stale_copy_cannot_overwrite_a_newer_save() {
        Partenariat p = fixtures.partenariat("Concurrence " + AtlasFixtures.token(), fixtures.commune("69123"), "BJ");
        users.signInAs(Role.ADMIN, u -> {});
        Partenariat first = service.findForEdit(p.getId());
        Partenariat second = service.findForEdit(p.getId());
        first.setDescription("première");
        service.save(first);
        second.setDescription("seconde");
        assertThatThrownBy(() -> service.save(second)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(service.findDetail(p.getId()).orElseThrow().getDescription()).isEqualTo("première");
    }

    @Test
    void history_tells_who_changed_which_fields() {
        Partenariat p = fixtures.partenariat("Historique " + AtlasFixtures.token(), fixtures.commune("69123"), "BJ");
        String poste = users.signInAs(Role.POSTE, u -> u.setPays(fixtures.pays("BJ")));
        Partenariat edited = service.findForEdit(p.getId());
        edited.setStatut(StatutPartenariat.EN_SOMMEIL);
        edited.setAnneeFin(2024);
        service.save(edited);

        var history = service.history(p.getId());
        assertThat(history).hasSize(2);
        assertThat(history.get(0).kind()).isEqualTo(HistoryEntry.Kind.MODIFICATION);
        assertThat(history.get(0).who()).isEqualTo(poste);
        assertThat(history.get(0).changedFields()).containsExactlyInAnyOrder("statut", "anneeFin");
        assertThat(history.get(1).kind()).isEqualTo(HistoryEntry.Kind.CREATION);
    }
}
