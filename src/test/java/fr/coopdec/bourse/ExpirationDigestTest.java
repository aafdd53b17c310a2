package fr.coopdec.bourse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.IntegrationTest;
import fr.coopdec.support.TestUsers;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class ExpirationDigestTest {

    @Autowired
    ExpirationService expiration;

    @Autowired
    DigestService digest;

    @Autowired
    SoumissionService soumission;

    @Autowired
    BourseFixtures fixtures;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_sheet_is_reminded_a_month_before_expiry_then_archived_when_not_renewed() {
        FicheBourse f =
                fixtures.publiee(fixtures.francaise("Objectif " + AtlasFixtures.token(), List.of("SN"), "SANTE"));
        jdbc.update(
                "UPDATE bourse_fiche SET expire_le = ? WHERE id = ?",
                LocalDate.now().plusDays(20),
                f.getId());

        expiration.executer();
        expiration.executer();
        String token = jdbc.queryForObject(
                "SELECT confirmation_token FROM bourse_fiche WHERE id = ?", String.class, f.getId());
        assertThat(fixtures.mails(f.getContactEmail()))
                .filteredOn(m -> m.getSujet().contains("expire bientôt"))
                .singleElement()
                .satisfies(m -> assertThat(m.getCorps())
                        .contains("/bourse/fiches/" + f.getId())
                        .contains("/bourse/renouveler/" + token));

        jdbc.update(
                "UPDATE bourse_fiche SET expire_le = ? WHERE id = ?",
                LocalDate.now().minusDays(1),
                f.getId());
        expiration.executer();
        assertThat(jdbc.queryForObject("SELECT statut FROM bourse_fiche WHERE id = ?", String.class, f.getId()))
                .isEqualTo("ARCHIVEE");
        assertThat(jdbc.queryForObject(
                        "SELECT par FROM bourse_transition WHERE fiche_id = ? AND vers = 'ARCHIVEE'",
                        String.class,
                        f.getId()))
                .isEqualTo("système");
    }

    @Test
    void the_reminder_link_renews_the_sheet_for_twelve_months_once() {
        FicheBourse f =
                fixtures.publiee(fixtures.francaise("Objectif " + AtlasFixtures.token(), List.of("SN"), "SANTE"));
        LocalDate expiry = LocalDate.now().plusDays(10);
        jdbc.update("UPDATE bourse_fiche SET expire_le = ? WHERE id = ?", expiry, f.getId());
        expiration.executer();
        String token = jdbc.queryForObject(
                "SELECT confirmation_token FROM bourse_fiche WHERE id = ?", String.class, f.getId());

        assertThat(soumission.renouveler(token).getExpireLe()).isEqualTo(expiry.plusMonths(12));
        assertThatThrownBy(() -> soumission.renouveler(token)).hasMessageStartingWith("bourse.renouvellement.invalide");
        assertThatThrownBy(() -> soumission.confirmer(token)).hasMessageStartingWith("bourse.confirmation.invalide");
    }

    @Test
    void the_weekly_digest_lists_the_week_s_sheets_to_each_post_of_the_country() {
        String poste = users.create(Role.POSTE, u -> u.setPays(fixtures.pays("MG")));
        FicheBourse f =
                fixtures.publiee(fixtures.francaise("Objectif " + AtlasFixtures.token(), List.of("MG"), "SANTE"));

        assertThat(digest.envoyerDigestHebdomadaire()).isPositive();

        assertThat(fixtures.mails(poste))
                .filteredOn(m -> m.getSujet().contains("les fiches de la semaine"))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.getSujet()).isEqualTo("Bourse-partenariat : les fiches de la semaine pour Madagascar");
                    assertThat(m.getCorps()).contains("- Lyon : ").contains("/bourse/fiches/" + f.getId());
                });
    }
}
