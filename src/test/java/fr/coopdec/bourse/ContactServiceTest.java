package fr.coopdec.bourse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.atlas.PartenariatService;
import fr.coopdec.referential.CollectivitePartenaire;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.IntegrationTest;
import fr.coopdec.support.TestUsers;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ContactServiceTest {

    @Autowired
    ContactService service;

    @Autowired
    ModerationService moderation;

    @Autowired
    PartenariatService partenariats;

    @Autowired
    BourseFixtures fixtures;

    @Autowired
    TestUsers users;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void interest_becomes_an_atlas_partnership_that_keeps_the_link() {
        String t = AtlasFixtures.token();
        FicheBourse lyon = fixtures.publiee(fixtures.francaise("Lyon " + t, List.of("BJ"), "SANTE", "CULTURE"));
        FicheBourse ouidah = fixtures.publiee(fixtures.etrangere("Ouidah " + t, "BJ", 160_000, "SANTE"));

        DemandeContact demande = service.exprimerInteret(
                ouidah.getId(), lyon.getId(), "Koffi Agbo", "koffi@ouidah.bj", "Nous souhaitons vous rencontrer.");
        assertThat(demande.getStatut()).isEqualTo(StatutDemande.NOUVELLE);

        users.signInAs(Role.ADMIN, u -> {});
        assertThat(service.demandes(lyon.getId(), PageRequest.of(0, 10)).getContent())
                .extracting(DemandeContact::getId)
                .containsExactly(demande.getId());
        long id = service.convertirEnPartenariat(demande.getId());

        Partenariat p = partenariats.findDetail(id).orElseThrow();
        assertThat(p.getIntitule()).isEqualTo("Lyon – Ouidah " + t);
        assertThat(p.getPays().getCodeAlpha2()).isEqualTo("BJ");
        assertThat(p.getCollectivitesFrancaises()).extracting(c -> c.getCode()).containsExactly("69123");
        assertThat(p.getCollectivitesPartenaires())
                .extracting(CollectivitePartenaire::getNom)
                .containsExactly("Ouidah " + t);
        assertThat(p.getThematiques()).extracting(th -> th.getCode()).containsExactly("SANTE");
        assertThat(p.getTechnicien().getEmail()).isEqualTo(lyon.getContactEmail());
        assertThat(moderation.fiche(lyon.getId()).getPartenariatId()).isEqualTo(id);
        assertThat(moderation.fiche(ouidah.getId()).getStatut()).isEqualTo(StatutFiche.MISE_EN_RELATION);
        assertThat(service.demandes(lyon.getId(), PageRequest.of(0, 10))
                        .getContent()
                        .get(0)
                        .getPartenariatId())
                .isEqualTo(id);
        assertThatThrownBy(() -> service.convertirEnPartenariat(demande.getId()))
                .hasMessageStartingWith("bourse.conversion.deja-faite");
    }

    @Test
    void interest_needs_two_published_sheets_of_opposite_sides_and_a_valid_address() {
        String t = AtlasFixtures.token();
        FicheBourse a = fixtures.publiee(fixtures.francaise("A " + t, List.of("BJ"), "SANTE"));
        FicheBourse b = fixtures.publiee(fixtures.francaise("B " + t, List.of("BJ"), "SANTE"));
        FicheBourse pending = fixtures.soumise(fixtures.etrangere("C " + t, "BJ", 1000, "SANTE"));

        assertThatThrownBy(() -> service.exprimerInteret(a.getId(), b.getId(), "X", "x@y.fr", null))
                .hasMessageStartingWith("bourse.interet.meme-origine");
        assertThatThrownBy(() -> service.exprimerInteret(a.getId(), pending.getId(), "X", "x@y.fr", null))
                .hasMessageStartingWith("bourse.fiche.introuvable");
        assertThatThrownBy(() -> service.exprimerInteret(a.getId(), b.getId(), "X", "pas-une-adresse", null))
                .hasMessageStartingWith("bourse.interet.invalide");
    }

    @Test
    void only_daect_follows_requests_and_converts_them() {
        users.signInAs(Role.POSTE, u -> u.setPays(fixtures.pays("BJ")));
        assertThatThrownBy(() -> service.convertirEnPartenariat(1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.demandes(null, PageRequest.of(0, 5)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
