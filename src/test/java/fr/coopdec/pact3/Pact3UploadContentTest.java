package fr.coopdec.pact3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.coopdec.shared.ui.ErrorNotifier;
import fr.coopdec.support.IntegrationTest;
import fr.coopdec.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** PACT3 attachments are checked by content like the Bourse's, up to the 10 MB the form promises. */
@IntegrationTest
class Pact3UploadContentTest {

    @Autowired
    Pact3Fixtures fixtures;

    @Autowired
    TestUsers users;

    @Autowired
    CandidatureService candidatures;

    @Autowired
    PieceJointeService pieces;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    /** A PDF of {@code bytes} bytes: the PDF header then filler. */
    static byte[] pdf(int bytes) {
        byte[] content = new byte[bytes];
        Arrays.fill(content, (byte) ' ');
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(header, 0, content, 0, header.length);
        return content;
    }

    @Test
    void a_nine_megabyte_pdf_is_kept_with_the_type_read_from_its_content() {
        Appel appel = fixtures.appelOuvert();
        String lyon = fixtures.collectivite("69123");
        users.signIn(lyon);
        Candidature draft = candidatures.brouillon(appel.getId());
        byte[] content = pdf(9 * 1024 * 1024);
        PieceJointeInfo info =
                candidatures.joindre(draft.getId(), "dossier-complet.pdf", "application/octet-stream", content);
        assertThat(info.typeMime()).isEqualTo("application/pdf");
        assertThat(pieces.telecharger(info.id()).getContenu()).hasSize(9 * 1024 * 1024);
    }

    @Test
    void an_html_page_named_pdf_is_refused_with_a_french_message() {
        Appel appel = fixtures.appelOuvert();
        String lyon = fixtures.collectivite("69123");
        users.signIn(lyon);
        Candidature draft = candidatures.brouillon(appel.getId());
        byte[] html =
                "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> candidatures.joindre(draft.getId(), "rapport.pdf", "application/pdf", html))
                .satisfies(e -> assertThat(ErrorNotifier.messageFor(e, Locale.FRENCH))
                        .isEqualTo(
                                "« rapport.pdf » n’est ni un PDF, ni une image, ni un document texte (Word, OpenDocument) : "
                                        + "son contenu a été vérifié, quel que soit son nom."));
        assertThat(candidatures.piecesJointes(draft.getId())).isEmpty();
        assertThatThrownBy(() ->
                        candidatures.joindre(draft.getId(), "gros.pdf", "application/pdf", pdf(10 * 1024 * 1024 + 1)))
                .hasMessageContaining("pact3.piece.trop-grosse");
    }
}
