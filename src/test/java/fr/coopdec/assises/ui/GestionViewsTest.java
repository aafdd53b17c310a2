package fr.coopdec.assises.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import fr.coopdec.assises.AssisesFixtures;
import fr.coopdec.assises.DocumentsService;
import fr.coopdec.assises.Evenement;
import fr.coopdec.assises.InscriptionService;
import fr.coopdec.assises.TypeSession;
import fr.coopdec.security.ui.LoginView;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.KaribuTest;
import java.awt.image.BufferedImage;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class GestionViewsTest extends KaribuTest {

    @Autowired
    AssisesFixtures fixtures;

    @Autowired
    DocumentsService documents;

    @Autowired
    InscriptionService inscriptions;

    @Test
    void the_organiser_builds_a_programme_and_a_room_booked_twice_is_explained() {
        Evenement e = fixtures.evenement(100);
        login(fixtures.organisateur(e));
        navigate("assises/gestion/" + e.getId() + "/programme");
        ProgrammeEditView view = _get(ProgrammeEditView.class);
        assertThat(view.conflits.getElement().getTextRecursively()).startsWith("Aucun conflit");

        ajouter(
                view,
                "Plénière d’ouverture",
                TypeSession.PLENIERE,
                "Salle des fêtes",
                9,
                "Patrice Talon ; Présidence ; Président");
        ajouter(view, "Atelier eau et assainissement", TypeSession.ATELIER, "Salle des fêtes", 10, "");

        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("assises-conflit")))
                .singleElement()
                .extracting(Paragraph::getText)
                .asString()
                .startsWith("La salle « Salle des fêtes » est réservée deux fois : « Plénière d’ouverture » (")
                .contains("« Atelier eau et assainissement » (")
                .endsWith(") se chevauchent.");
    }

    @Test
    void badges_hold_the_names_and_decodable_qr_codes_of_confirmed_participants() throws Exception {
        Evenement e = fixtures.evenement(100);
        var a = fixtures.inscrire(e, "Badgeun", true);
        var b = fixtures.inscrire(e, "Badgedeux", true);
        login(fixtures.organisateur(e));
        navigate("assises/gestion/" + e.getId() + "/participants");
        ParticipantsView view = _get(ParticipantsView.class);
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(_find(Anchor.class).stream().map(Anchor::getText)).contains("Badges (PDF)", "Exporter en CSV");

        byte[] pdf = documents.badges(e.getId());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Awa Badgeun", "Awa Badgedeux", "Collectivité partenaire");
            List<String> decoded = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        decoded.add(decode(image.getImage()));
                    }
                }
            }
            assertThat(decoded)
                    .containsExactlyInAnyOrder(
                            inscriptions.parJeton(a.jeton()).orElseThrow().getBadgeJeton(),
                            inscriptions.parJeton(b.jeton()).orElseThrow().getBadgeJeton());
        }
    }

    @Test
    void check_in_by_qr_token_is_once_per_day_and_can_be_undone() {
        Evenement e = fixtures.evenement(100);
        var a = fixtures.inscrire(e, "Pointage", true);
        String badge = inscriptions.parJeton(a.jeton()).orElseThrow().getBadgeJeton();
        login(fixtures.organisateur(e));
        navigate("assises/gestion/" + e.getId() + "/pointage");
        PointageView view = _get(PointageView.class);

        _setValue(view.recherche, badge);
        _click(view.pointerBadge);
        NotificationsKt.expectNotifications("Awa Pointage est pointé(e) présent(e).");
        assertThat(view.compteurs.getText()).isEqualTo("1 présents ce jour — Collectivité partenaire : 1");

        _setValue(view.recherche, badge);
        _click(view.pointerBadge);
        NotificationsKt.expectNotifications("Awa Pointage est déjà pointé(e) aujourd’hui.");

        _setValue(view.recherche, "Pointage");
        Button undo = (Button) GridKt._getCellComponent(view.grid, 0, PointageView.ACTION);
        assertThat(undo.getText()).isEqualTo("Annuler le pointage");
        _click(undo);
        assertThat(view.compteurs.getText()).startsWith("0 présents ce jour");
        assertThat(((Button) GridKt._getCellComponent(view.grid, 0, PointageView.ACTION)).getText())
                .isEqualTo("Pointer présent");
    }

    @Test
    void an_organiser_sees_its_events_only_and_other_roles_are_refused() {
        Evenement sien = fixtures.evenement(10);
        Evenement autre = fixtures.evenement(10);
        fixtures.inscrire(autre, "Cache", true);
        login(fixtures.organisateur(sien));

        navigate("assises/gestion");
        assertThat(_find(Anchor.class).stream().map(Anchor::getHref))
                .contains("assises/gestion/" + sien.getId() + "/participants")
                .doesNotContain("assises/gestion/" + autre.getId() + "/participants");
        navigate("assises/gestion/" + autre.getId() + "/participants");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Vous ne gérez pas cet événement. Demandez à la DAECT de vous l’attribuer.");
        assertThat(GridKt._size(_get(ParticipantsView.class).grid)).isZero();

        logout();
        login(Role.ADMIN);
        navigate("assises/gestion/" + autre.getId() + "/participants");
        assertThat(GridKt._size(_get(ParticipantsView.class).grid)).isEqualTo(1);

        logout();
        login(Role.POSTE);
        navigate("assises/gestion/" + sien.getId() + "/participants");
        assertThatThrownBy(() -> _find(ParticipantsView.class)).hasMessageContaining("AccessDeniedException");
        logout();
        UI.getCurrent().getPage().reload();
        navigate("assises/gestion");
        // anonymous: the French 403 page with a link to sign in (Karibu's error view throws instead)
        assertThatThrownBy(() -> _get(LoginView.class)).hasMessageContaining("AccessDeniedException");
    }

    @Test
    void daect_creates_an_event_and_a_wrong_capacity_keeps_the_input() {
        login(Role.ADMIN);
        navigate("assises/gestion/evenement");
        EvenementEditView view = _get(EvenementEditView.class);
        String titre = "Assises franco-sénégalaises " + AssisesFixtures.token();
        _setValue(view.titre, titre);
        _setValue(view.lieu, "Dakar");
        _setValue(view.dateDebut, java.time.LocalDate.of(2027, 3, 10));
        _setValue(view.dateFin, java.time.LocalDate.of(2027, 3, 11));
        _setValue(view.capacite, 0);
        _click(view.enregistrer);
        assertThat(view.capacite.isInvalid()).isTrue();
        assertThat(view.titre.getValue()).isEqualTo(titre);

        _setValue(view.capacite, 250);
        _click(view.enregistrer);
        ProgrammeEditView programme = _get(ProgrammeEditView.class);
        assertThat(_find(com.vaadin.flow.component.html.H1.class).get(0).getText())
                .isEqualTo("Programme — " + titre);
        assertThat(programme.grid).isNotNull();
    }

    private static void ajouter(
            ProgrammeEditView view, String titre, TypeSession type, String salle, int heure, String intervenants) {
        _setValue(view.titre, titre);
        _setValue(view.type, type);
        _setValue(view.salle, salle);
        _setValue(view.debut, LocalDateTime.of(2016, 11, 4, heure, 0));
        _setValue(view.fin, LocalDateTime.of(2016, 11, 4, heure + 1, 30));
        _setValue(view.capacite, 50);
        _setValue(view.intervenants, intervenants);
        _click(view.ajouter);
    }

    private static String decode(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        // The badge's image is the bare code with its quiet zone, as a scanner at the door reads it.
        return new QRCodeReader()
                .decode(
                        new BinaryBitmap(new HybridBinarizer(source)),
                        java.util.Map.of(
                                com.google.zxing.DecodeHintType.PURE_BARCODE,
                                Boolean.TRUE,
                                com.google.zxing.DecodeHintType.TRY_HARDER,
                                Boolean.TRUE))
                .getText();
    }
}
