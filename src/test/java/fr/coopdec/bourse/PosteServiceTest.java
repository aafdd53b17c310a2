package fr.coopdec.bourse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.IntegrationTest;
import fr.coopdec.support.TestUsers;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** An embassy post sees notifications, sheets and opinions of its own country only. */
@IntegrationTest
class PosteServiceTest {

    @Autowired
    PosteService service;

    @Autowired
    BourseFixtures fixtures;

    @Autowired
    TestUsers users;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void publication_notifies_and_emails_the_posts_of_the_target_countries_only() {
        String posteBenin = users.create(Role.POSTE, u -> u.setPays(fixtures.pays("BJ")));
        String posteMali = users.create(Role.POSTE, u -> u.setPays(fixtures.pays("ML")));
        FicheBourse f =
                fixtures.publiee(fixtures.francaise("Objectif " + AtlasFixtures.token(), List.of("BJ"), "SANTE"));

        assertThat(fixtures.mails(posteBenin)).singleElement().satisfies(m -> {
            assertThat(m.getSujet()).isEqualTo("Bourse-partenariat : nouvelle fiche pour Bénin – Lyon");
            assertThat(m.getCorps()).contains("/bourse/fiches/" + f.getId());
        });
        assertThat(fixtures.mails(posteMali)).isEmpty();

        users.signIn(posteBenin);
        assertThat(service.notifications(PageRequest.of(0, 50)).getContent())
                .extracting(n -> n.getFiche().getId())
                .contains(f.getId());
        users.signIn(posteMali);
        assertThat(service.notifications(PageRequest.of(0, 50)).getContent())
                .extracting(n -> n.getFiche().getId())
                .doesNotContain(f.getId());
    }

    @Test
    void a_post_sees_the_sheets_of_its_country_and_gives_its_opinion_there_only() {
        FicheBourse benin =
                fixtures.soumise(fixtures.francaise("Bénin " + AtlasFixtures.token(), List.of("BJ"), "SANTE"));
        FicheBourse mali =
                fixtures.soumise(fixtures.francaise("Mali " + AtlasFixtures.token(), List.of("ML"), "SANTE"));
        String poste = users.signInAs(Role.POSTE, u -> u.setPays(fixtures.pays("BJ")));

        assertThat(service.fichesDuPays(PageRequest.of(0, 500)).getContent())
                .extracting(FicheBourse::getId)
                .contains(benin.getId())
                .doesNotContain(mali.getId());
        Avis avis = service.donnerAvis(benin.getId(), "Partenaire sérieux, connu du poste.");
        assertThat(avis.getAuteur()).isEqualTo(poste);
        assertThatThrownBy(() -> service.donnerAvis(mali.getId(), "Hors de mon pays"))
                .hasMessageStartingWith("bourse.avis.hors-pays");
    }

    @Test
    void opinions_are_seen_by_daect_and_by_the_post_of_their_country_only() {
        FicheBourse f = fixtures.soumise(
                fixtures.francaise("Deux pays " + AtlasFixtures.token(), List.of("BJ", "SN"), "SANTE"));
        users.signInAs(Role.POSTE, u -> u.setPays(fixtures.pays("BJ")));
        service.donnerAvis(f.getId(), "Avis du Bénin");
        users.signInAs(Role.POSTE, u -> u.setPays(fixtures.pays("SN")));
        service.donnerAvis(f.getId(), "Avis du Sénégal");

        assertThat(service.avis(f.getId())).extracting(Avis::getTexte).containsExactly("Avis du Sénégal");
        users.signInAs(Role.ADMIN, u -> {});
        assertThat(service.avis(f.getId()))
                .extracting(Avis::getTexte)
                .containsExactly("Avis du Bénin", "Avis du Sénégal");
    }

    @Test
    void other_roles_cannot_use_the_post_services() {
        users.signInAs(Role.COLLECTIVITE, u -> {});
        assertThatThrownBy(() -> service.notifications(PageRequest.of(0, 5))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.donnerAvis(1L, "x")).isInstanceOf(AccessDeniedException.class);
    }
}
