package fr.coopdec.referential.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.coopdec.referential.CollectivitePartenaireService;
import fr.coopdec.referential.CsvImportResult;
import fr.coopdec.referential.CsvLineError;
import fr.coopdec.shared.ui.CsvUploads;
import fr.coopdec.shared.ui.ErrorNotifier;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Upload of a foreign authorities CSV file; lists every refused line, or sums up what was added. */
class PartenaireCsvUpload extends VerticalLayout {

    private static final int MAX_BYTES = 2 * 1024 * 1024;

    final Upload upload = new Upload();
    final Div result = new Div();

    PartenaireCsvUpload(CollectivitePartenaireService service, Runnable onImported) {
        NativeLabel label = CsvUploads.configure(
                upload, getTranslation("referential.csv.upload"), "partenaires-csv-label", MAX_BYTES);
        UI ui = UI.getCurrent();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            // Runs on the upload request, whose signed-in user the service checks.
            CsvImportResult outcome;
            try {
                outcome = service.importCsv(
                        new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
            } catch (RuntimeException error) {
                ui.access(() -> ErrorNotifier.show(ErrorNotifier.messageFor(error, getLocale())));
                return;
            }
            ui.access(() -> {
                show(outcome);
                upload.clearFileList();
                if (outcome.ok()) {
                    onImported.run();
                }
            });
        }));
        result.getElement().setAttribute("role", "status");
        Paragraph help = new Paragraph(getTranslation("referential.csv.help"));
        setPadding(false);
        setSpacing(false);
        add(label, help, upload, result);
    }

    private void show(CsvImportResult outcome) {
        result.removeAll();
        if (outcome.ok()) {
            result.add(new Paragraph(
                    getTranslation("referential.csv.summary", outcome.added(), outcome.alreadyPresent())));
            return;
        }
        UnorderedList errors = new UnorderedList();
        errors.addClassName("csv-errors");
        for (CsvLineError error : outcome.errors()) {
            String reason = getTranslation(error.messageKey(), error.arguments().toArray());
            errors.add(new ListItem(getTranslation("referential.csv.error.line", error.line(), reason)));
        }
        result.add(new Paragraph(getTranslation("referential.csv.errors.title")), errors);
    }
}
