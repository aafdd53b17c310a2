package fr.coopdec.bourse.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.bourse.BourseFixtures;
import fr.coopdec.bourse.Origine;
import fr.coopdec.bourse.Situation;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.referential.TypeCollectiviteFrancaise;
import fr.coopdec.support.KaribuTest;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ProposerViewTest extends KaribuTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    BourseFixtures fixtures;

    @Autowired
    ReferentialQueries referential;

    @Autowired
    JdbcTemplate jdbc;

    ProposerView view;
    String email;

    @BeforeEach
    void open() {
        navigate(BourseRoutes.PROPOSER);
        view = _get(ProposerView.class);
        String ip = BourseFixtures.ip();
        view.adresseIp = () -> ip;
        email = "form-" + AtlasFixtures.token() + "@mairie.fr";
    }

    private void remplir() {
        FicheForm f = view.form;
        _setValue(
                f.francaise,
                referential
                        .findCollectiviteFrancaise(TypeCollectiviteFrancaise.COMMUNE, "69123")
                        .orElseThrow());
        _setValue(f.contactNom, "Camille Martin");
        _setValue(f.contactEmail, email);
        _setValue(f.situations, Set.of(Situation.URBAIN));
        _setValue(f.recherchees, fixtures.themes("SANTE"));
        _setValue(f.objectifs, "Coopérer sur la santé de base.");
        _setValue(f.paysCibles, Set.of(fixtures.pays("BJ")));
        _setValue(f.consentement, true);
    }

    private long saved() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM bourse_fiche WHERE contact_email = ?", Long.class, email);
    }

    @Test
    void every_required_field_is_named_and_nothing_is_sent_until_they_are_filled() {
        _click(view.envoyer);

        NotificationsKt.expectNotifications(
                "Certains champs sont incomplets ou incorrects : corrigez les messages affichés en rouge.");
        FicheForm f = view.form;
        assertThat(f.francaise.isInvalid()).isTrue();
        assertThat(f.francaise.getErrorMessage()).isEqualTo("Choisissez votre collectivité dans la liste.");
        assertThat(f.contactNom.getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(f.contactEmail.isInvalid()).isTrue();
        assertThat(f.objectifs.getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(f.expertises.getErrorMessage())
                .isEqualTo("Choisissez au moins une thématique, offerte ou recherchée.");
        assertThat(f.paysCibles.getErrorMessage()).isEqualTo("Choisissez au moins un pays ou une zone cible.");
        assertThat(f.consentement.isInvalid()).isTrue();
        assertThat(view.merci.isVisible()).isFalse();
    }

    @Test
    void a_foreign_authority_gives_its_name_and_country() {
        _setValue(view.form.origine, Origine.ETRANGERE);
        assertThat(view.form.francaise.isVisible()).isFalse();
        _click(view.envoyer);
        assertThat(view.form.nom.getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(view.form.pays.getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
    }

    @Test
    void a_complete_sheet_is_sent_with_its_pdf_and_the_sender_is_asked_to_confirm() {
        remplir();
        UploadKt._upload(view.upload, "presentation.pdf", "application/pdf", PDF);
        _click(view.envoyer);

        assertThat(view.merci.isVisible()).isTrue();
        assertThat(view.merci.getText()).contains(email);
        assertThat(saved()).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT p.type_mime FROM bourse_piece p JOIN bourse_fiche f ON f.id = p.fiche_id "
                                + "WHERE f.contact_email = ?",
                        String.class,
                        email))
                .isEqualTo("application/pdf");
        assertThat(fixtures.mails(email)).singleElement().satisfies(m -> assertThat(m.getCorps())
                .contains("/bourse/confirmer/"));
    }

    @Test
    void a_fake_pdf_is_refused_and_what_was_typed_is_kept() {
        remplir();
        UploadKt._upload(view.upload, "faux.pdf", "application/pdf", "pas un pdf".getBytes(StandardCharsets.UTF_8));
        _click(view.envoyer);

        NotificationsKt.expectNotifications(
                "Le fichier « faux.pdf » n’est ni un PDF ni une image (son contenu a été vérifié) : "
                        + "envoyez un PDF, PNG, JPEG, GIF ou WebP.");
        assertThat(saved()).isZero();
        assertThat(view.form.contactEmail.getValue()).isEqualTo(email);
        assertThat(view.form.objectifs.getValue()).isEqualTo("Coopérer sur la santé de base.");
        assertThat(view.form.isVisible()).isTrue();
    }

    @Test
    void a_file_over_ten_megabytes_is_refused() {
        remplir();
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        UploadKt._upload(view.upload, "gros.pdf", "application/pdf", big);
        _click(view.envoyer);

        NotificationsKt.expectNotifications(
                "Le fichier « gros.pdf » dépasse 10 Mo : réduisez-le ou envoyez-en un autre.");
        assertThat(saved()).isZero();
    }

    @Test
    void a_robot_filling_the_honeypot_is_thanked_but_nothing_is_saved() {
        remplir();
        _setValue(view.siteWeb, "http://spam.example");
        _click(view.envoyer);

        assertThat(view.merci.isVisible()).isTrue();
        assertThat(saved()).isZero();
        assertThat(fixtures.mails(email)).isEmpty();
    }

    @Test
    void too_many_sheets_from_one_address_are_refused_and_the_input_is_kept() {
        remplir();
        String ip = BourseFixtures.ip();
        view.adresseIp = () -> ip;
        for (int i = 0; i < 5; i++) {
            navigate(BourseRoutes.CATALOGUE);
            navigate(BourseRoutes.PROPOSER);
            view = _get(ProposerView.class);
            view.adresseIp = () -> ip;
            remplir();
            _click(view.envoyer);
        }
        navigate(BourseRoutes.CATALOGUE);
        navigate(BourseRoutes.PROPOSER);
        view = _get(ProposerView.class);
        view.adresseIp = () -> ip;
        remplir();
        _click(view.envoyer);

        NotificationsKt.expectNotifications("Trop de fiches ont été envoyées depuis votre connexion en une heure. "
                + "Réessayez plus tard : votre saisie est conservée.");
        assertThat(view.form.contactNom.getValue()).isEqualTo("Camille Martin");
        assertThat(saved()).isEqualTo(5);
    }
}
