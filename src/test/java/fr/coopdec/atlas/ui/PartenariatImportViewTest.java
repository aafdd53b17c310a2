package fr.coopdec.atlas.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.atlas.AtlasQueries;
import fr.coopdec.atlas.PartenariatCsvLine;
import fr.coopdec.atlas.PartenariatFilter;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.KaribuTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PartenariatImportViewTest extends KaribuTest {

    private static final String HEADER = String.join(",", PartenariatCsvLine.COLUMNS) + "\n";

    @Autowired
    AtlasFixtures fixtures;

    @Autowired
    AtlasQueries queries;

    @Test
    void a_file_with_a_bad_line_shows_the_line_number_and_imports_nothing() {
        String token = AtlasFixtures.token();
        String partenaire = fixtures.partenaire("BJ").getNom();
        login(Role.ADMIN);
        navigate("atlas/import");
        PartenariatImportView view = _get(PartenariatImportView.class);

        upload(
                view,
                HEADER + "Bonne " + token + ",BJ,69123,\"" + partenaire + "\",,,2015,,,\n" + "Mauvaise " + token
                        + ",BJ,69123,\"" + partenaire + "\",,,19xx,,,\n");

        assertThat(_find(view.errors, ListItem.class))
                .extracting(ListItem::getText)
                .containsExactly("Ligne 3 : année incorrecte « 19xx » (attendu : un nombre entre 1950 et 2100).");
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("Correcte");
        assertThat(view.importer.isEnabled()).isFalse();
        assertThat(queries.count(PartenariatFilter.builder().texte(token).build()))
                .isZero();
    }

    @Test
    void a_good_file_is_previewed_then_imported_with_the_count_shown() {
        String token = AtlasFixtures.token();
        String partenaire = fixtures.partenaire("SN").getNom();
        login(Role.ADMIN);
        navigate("atlas/import");
        PartenariatImportView view = _get(PartenariatImportView.class);

        upload(
                view,
                HEADER + "Un " + token + ",SN,69123,\"" + partenaire + "\",,,2015,,EDUCATION,\n"
                        + "Deux " + token + ",SN,dep-69,\"" + partenaire + "\",JUMELAGE,,1998,,,\n"
                        + "Trois " + token + ",SN,reg-84,\"" + partenaire + "\",,,2020,,,\n");
        assertThat(_find(view.errors, ListItem.class)).isEmpty();
        assertThat(_get(view.status, Paragraph.class).getText()).contains("3 lignes correctes");
        assertThat(queries.count(PartenariatFilter.builder().texte(token).build()))
                .isZero();

        _click(view.importer);

        assertThat(_get(view.status, Paragraph.class).getText()).isEqualTo("3 partenariats importés.");
        assertThat(queries.count(PartenariatFilter.builder().texte(token).build()))
                .isEqualTo(3);
        assertThat(view.importer.isEnabled()).isFalse();
    }

    @Test
    void the_page_documents_the_columns_and_offers_the_template() {
        login(Role.ADMIN);
        navigate("atlas/import");
        assertThat(_find(ListItem.class))
                .extracting(ListItem::getText)
                .anyMatch(t -> t.startsWith("collectivites_francaises : collectivités françaises"));
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("atlas-import-template"))
                        .getText())
                .isEqualTo("Télécharger le modèle de fichier CSV");
    }

    @Test
    void the_import_is_denied_to_an_embassy_post_and_to_anonymous_users() {
        navigate("atlas/import");
        // anonymous: the French 403 page with a link to sign in (Karibu's error view throws instead)
        assertThatThrownBy(() -> _find(PartenariatImportView.class))
                .hasMessageContaining("com.vaadin.flow.router.AccessDeniedException");
        login(Role.POSTE);
        // Karibu turns Vaadin's access-denied error view into a failure that names the cause.
        navigate("atlas/import");
        assertThatThrownBy(() -> _find(PartenariatImportView.class))
                .hasMessageContaining("com.vaadin.flow.router.AccessDeniedException");
    }

    private static void upload(PartenariatImportView view, String csv) {
        UploadKt._upload(view.upload, "partenariats.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();
    }
}
