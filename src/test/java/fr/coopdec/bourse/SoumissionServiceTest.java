package fr.coopdec.bourse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.shared.BusinessException;
import fr.coopdec.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class SoumissionServiceTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired
    SoumissionService service;

    @Autowired
    BourseFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private FicheBourse fiche() {
        return fixtures.francaise("Objectif " + AtlasFixtures.token(), List.of("BJ"), "EAU_ASSAINISSEMENT");
    }

    @Test
    void a_sent_sheet_waits_for_confirmation_and_its_sender_receives_the_link() {
        FicheBourse saved =
                service.soumettre(fiche(), List.of(), BourseFixtures.ip(), "").orElseThrow();

        assertThat(saved.getStatut()).isEqualTo(StatutFiche.A_CONFIRMER);
        assertThat(fixtures.mails(saved.getContactEmail())).singleElement().satisfies(mail -> {
            assertThat(mail.getSujet()).contains("confirmez l’envoi de la fiche « Lyon »");
            assertThat(mail.getCorps()).contains("/bourse/confirmer/" + saved.getConfirmationToken());
        });
    }

    @Test
    void the_confirmation_link_puts_the_sheet_in_moderation_once_only() {
        FicheBourse saved =
                service.soumettre(fiche(), List.of(), BourseFixtures.ip(), null).orElseThrow();
        String token = saved.getConfirmationToken();

        assertThat(service.confirmer(token).getStatut()).isEqualTo(StatutFiche.SOUMISE);
        assertThatThrownBy(() -> service.confirmer(token))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("bourse.confirmation.invalide");
        assertThat(jdbc.queryForObject(
                        "SELECT CONCAT(COALESCE(de,''), '>', vers) FROM bourse_transition WHERE fiche_id = ?",
                        String.class,
                        saved.getId()))
                .isEqualTo("A_CONFIRMER>SOUMISE");
    }

    @Test
    void a_filled_honeypot_saves_nothing_and_sends_nothing() {
        FicheBourse robot = fiche();

        assertThat(service.soumettre(robot, List.of(), BourseFixtures.ip(), "http://spam.example"))
                .isEmpty();
        assertThat(fixtures.mails(robot.getContactEmail())).isEmpty();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM bourse_fiche WHERE contact_email = ?",
                        Long.class,
                        robot.getContactEmail()))
                .isZero();
    }

    @Test
    void the_sixth_sheet_from_one_address_within_an_hour_is_refused() {
        String ip = BourseFixtures.ip();
        for (int i = 0; i < 5; i++) {
            service.soumettre(fiche(), List.of(), ip, null);
        }
        assertThatThrownBy(() -> service.soumettre(fiche(), List.of(), ip, null))
                .hasMessageStartingWith("bourse.soumission.trop-de-demandes");
        assertThat(service.soumettre(fiche(), List.of(), BourseFixtures.ip(), null))
                .isPresent();
    }

    @Test
    void attachments_are_typed_from_their_content_not_their_name() {
        FicheBourse saved = service.soumettre(
                        fiche(),
                        List.of(new PieceEnvoyee("projet.pdf", PDF), new PieceEnvoyee("carte.bin", PNG)),
                        BourseFixtures.ip(),
                        null)
                .orElseThrow();
        assertThat(saved.getPieces())
                .extracting(PieceJointeFiche::getTypeMime)
                .containsExactly("application/pdf", "image/png");

        assertThatThrownBy(() -> service.soumettre(
                        fiche(),
                        List.of(new PieceEnvoyee(
                                "faux.pdf", "bonjour, je ne suis pas un PDF".getBytes(StandardCharsets.UTF_8))),
                        BourseFixtures.ip(),
                        null))
                .hasMessageStartingWith("bourse.piece.type-refuse");
    }

    @Test
    void attachments_over_ten_megabytes_or_more_than_five_are_refused() {
        byte[] big = new byte[(int) ControlePieces.MAX_OCTETS + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> service.soumettre(
                        fiche(), List.of(new PieceEnvoyee("gros.pdf", big)), BourseFixtures.ip(), null))
                .hasMessageStartingWith("bourse.piece.trop-grande");
        assertThatThrownBy(() -> service.soumettre(
                        fiche(), Collections.nCopies(6, new PieceEnvoyee("p.pdf", PDF)), BourseFixtures.ip(), null))
                .hasMessageStartingWith("bourse.piece.trop-nombreuses");
    }

    @Test
    void required_fields_and_size_limits_are_checked_by_the_service_too() {
        FicheBourse sansCollectivite = fiche();
        sansCollectivite.setCollectiviteFrancaise(null);
        assertThatThrownBy(() -> service.soumettre(sansCollectivite, List.of(), BourseFixtures.ip(), null))
                .hasMessageStartingWith("bourse.soumission.collectivite-requise");

        FicheBourse tropLong = fiche();
        tropLong.setObjectifs("x".repeat(4001));
        assertThatThrownBy(() -> service.soumettre(tropLong, List.of(), BourseFixtures.ip(), null))
                .hasMessageStartingWith("bourse.soumission.invalide");

        FicheBourse sansTheme = fiche();
        sansTheme.setThematiquesRecherchees(java.util.Set.of());
        assertThatThrownBy(() -> service.soumettre(sansTheme, List.of(), BourseFixtures.ip(), null))
                .hasMessageStartingWith("bourse.soumission.theme-requis");

        FicheBourse etrangere = fixtures.etrangere("", "BJ", 1000, "SANTE");
        assertThatThrownBy(() -> service.soumettre(etrangere, List.of(), BourseFixtures.ip(), null))
                .hasMessageStartingWith("bourse.soumission.etrangere-requise");
    }
}
