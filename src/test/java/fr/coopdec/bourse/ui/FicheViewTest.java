package fr.coopdec.bourse.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.atlas.PartenariatService;
import fr.coopdec.bourse.BourseFixtures;
import fr.coopdec.bourse.DemandeContact;
import fr.coopdec.bourse.FicheBourse;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class FicheViewTest extends KaribuTest {

    @Autowired
    BourseFixtures fixtures;

    @Autowired
    PartenariatService partenariats;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_public_page_ranks_complementary_sheets_with_their_reasons() {
        fixtures.viderLeCatalogue();
        String t = AtlasFixtures.token();
        FicheBourse lyon = fixtures.francaise("Lyon " + t, List.of("KM"), "EAU_ASSAINISSEMENT", "SANTE");
        lyon.setPopulation(500_000);
        lyon = fixtures.publiee(lyon);
        FicheBourse moroni =
                fixtures.publiee(fixtures.etrangere("Moroni " + t, "KM", 600_000, "EAU_ASSAINISSEMENT", "SANTE"));
        FicheBourse mutsamudu = fixtures.publiee(fixtures.etrangere("Mutsamudu " + t, "KM", 30_000, "SPORT"));

        navigate(BourseRoutes.fiche(lyon.getId()));
        FicheView view = _get(FicheView.class);
        List<String> items = view.correspondances
                .getChildren()
                .map(c -> ((ListItem) c).getElement().getTextRecursively())
                .toList();
        int first = indexOf(items, "Moroni " + t);
        int second = indexOf(items, "Mutsamudu " + t);
        assertThat(first).isNotNegative().isLessThan(second);
        assertThat(items.get(first))
                .contains("Score 13 : 2 thèmes communs (Eau potable et assainissement, Santé de base), "
                        + "pays cible identique, taille comparable");
        assertThat(items.get(second)).contains("Score 5 : pays cible identique");
        assertThat(moroni.getId()).isNotEqualTo(mutsamudu.getId());
    }

    @Test
    void an_unpublished_sheet_has_no_public_page() {
        FicheBourse pending =
                fixtures.soumise(fixtures.francaise("Attente " + AtlasFixtures.token(), List.of("BJ"), "SANTE"));
        navigate(BourseRoutes.fiche(pending.getId()));
        assertThat(_get(H1.class).getText()).isEqualTo("Fiche introuvable");
    }

    @Test
    void interest_becomes_a_request_that_daect_converts_into_an_atlas_partnership() {
        fixtures.viderLeCatalogue();
        String t = AtlasFixtures.token();
        FicheBourse nantes = fixtures.publiee(fixtures.francaise("Nantes " + t, List.of("CV"), "CULTURE"));
        FicheBourse abomey = fixtures.publiee(fixtures.etrangere("Abomey " + t, "CV", 100_000, "CULTURE"));
        navigate(BourseRoutes.fiche(abomey.getId()));

        FicheView view = _get(FicheView.class);
        openInterestFor(view, nantes);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Votre nom")), "Koffi Agbo");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("Votre adresse électronique")), "koffi@abomey.bj");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Message")), "Rencontrons-nous.");
        _click(_get(Button.class, spec -> spec.withText("Envoyer la demande")));
        NotificationsKt.expectNotifications("Demande de contact envoyée à la DAECT.");

        login(Role.ADMIN);
        navigate(BourseRoutes.moderation(nantes.getId()));
        ModerationFicheView moderation = _get(ModerationFicheView.class);
        List<DemandeContact> demandes = GridKt._findAll(moderation.demandes);
        assertThat(demandes).singleElement().satisfies(d -> assertThat(d.getNom())
                .isEqualTo("Koffi Agbo"));
        var actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout)
                GridKt._getCellComponent(moderation.demandes, 0, "action");
        _click(actions.getChildren()
                .map(Button.class::cast)
                .filter(b -> b.getText().equals("Créer le partenariat dans l’Atlas"))
                .findFirst()
                .orElseThrow());

        NotificationsKt.expectNotifications("Partenariat créé dans l’Atlas : complétez-le.");
        Long id = jdbc.queryForObject(
                "SELECT partenariat_id FROM bourse_demande_contact WHERE fiche_cible_id = ?",
                Long.class,
                nantes.getId());
        assertThat(partenariats.findDetail(id).orElseThrow().getIntitule()).isEqualTo("Lyon – Abomey " + t);
        assertThat(jdbc.queryForObject(
                        "SELECT partenariat_id FROM bourse_fiche WHERE id = ?", Long.class, abomey.getId()))
                .isEqualTo(id);
    }

    private static void openInterestFor(FicheView view, FicheBourse cible) {
        ListItem item = view.correspondances
                .getChildren()
                .map(ListItem.class::cast)
                .filter(li -> li.getChildren()
                        .anyMatch(c -> c instanceof com.vaadin.flow.component.html.Anchor a
                                && a.getHref().equals(BourseRoutes.fiche(cible.getId()))))
                .findFirst()
                .orElseThrow();
        _click(item.getChildren()
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .findFirst()
                .orElseThrow());
    }

    private static int indexOf(List<String> items, String text) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }
}
