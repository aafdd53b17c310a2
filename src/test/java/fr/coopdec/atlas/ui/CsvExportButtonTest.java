package fr.coopdec.atlas.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.atlas.CsvExportService;
import fr.coopdec.atlas.ModeExport;
import fr.coopdec.atlas.OpenDataFixtures;
import fr.coopdec.atlas.PartenariatFilter;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.KaribuTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The export button as a visitor uses it: click, watch the progress, get the file. */
class CsvExportButtonTest extends KaribuTest {

    @Autowired
    CsvExportService service;

    @Autowired
    OpenDataFixtures openData;

    @Test
    void click_shows_progress_then_offers_the_csv_of_the_current_search() throws Exception {
        String token = AtlasFixtures.token();
        long id = openData.avecProjet("Export " + token, "BJ").getId();
        List<Runnable> background = new ArrayList<>();
        Executor deferred = background::add; // run "in the background" when the test says so
        CsvExportButton export = new CsvExportButton(
                service, () -> PartenariatFilter.builder().texte(token).build(), ModeExport.PROJET, deferred);
        UI.getCurrent().add(export);

        Button button = _get(export, Button.class);
        assertThat(button.getText()).isEqualTo("Exporter les projets (CSV)");
        _assertNone(export, Anchor.class);
        _assertNone(export, ProgressBar.class);
        _click(button);

        ProgressBar progress = _get(export, ProgressBar.class);
        assertThat(progress.isVisible()).isTrue();
        assertThat(progress.getMax()).isEqualTo(2);
        assertThat(button.isEnabled()).isFalse();
        assertThat(_get(export, Span.class).getText()).isEqualTo("Export en cours : 0 lignes sur 2");
        assertThat(UI.getCurrent().getPollInterval()).isPositive();

        Thread worker = new Thread(background.get(0));
        worker.start();
        worker.join(60_000);
        MockVaadin.clientRoundtrip();

        Anchor download = _get(export, Anchor.class);
        assertThat(download.isVisible()).isTrue();
        assertThat(download.getText()).startsWith("Télécharger le fichier atlas-projets-");
        assertThat(download.getElement().hasAttribute("download")).isTrue();
        assertThat(progress.getValue()).isEqualTo(2);
        assertThat(_get(export, Span.class).getText()).isEqualTo("Export terminé : 2 lignes.");
        assertThat(button.isEnabled()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        String csv = Files.readString(export.exportedFile(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFIdentifiant;Intitulé;");
        assertThat(csv.lines()).hasSize(3).allMatch(l -> l.startsWith("\uFEFF") || l.startsWith(id + ";"));
        assertThat(csv)
                .contains("Forages Export " + token)
                .contains("40000,00;25000,50")
                .containsPattern("http://[^;]+/atlas/partenariats/" + id + ";");
    }

    @Test
    void export_is_open_to_signed_in_users_too_and_counts_partnerships_in_that_mode() {
        login(Role.AFD);
        String token = AtlasFixtures.token();
        openData.avecProjet("Mode " + token, "SN");
        CsvExportButton export = new CsvExportButton(
                service, () -> PartenariatFilter.builder().texte(token).build(), ModeExport.PARTENARIAT, Runnable::run);
        UI.getCurrent().add(export);
        assertThat(_get(export, Button.class).getText()).isEqualTo("Exporter les partenariats (CSV)");
        _click(_get(export, Button.class));
        assertThat(_get(export, Span.class).getText()).isEqualTo("Export terminé : 1 lignes.");
        assertThat(_get(export, Anchor.class).isVisible()).isTrue();
    }
}
