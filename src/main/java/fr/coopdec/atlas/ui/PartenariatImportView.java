package fr.coopdec.atlas.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.coopdec.atlas.PartenariatCsvImport;
import fr.coopdec.atlas.PartenariatCsvLine;
import fr.coopdec.atlas.PartenariatImportResult;
import fr.coopdec.referential.CsvLineError;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.CsvUploads;
import fr.coopdec.shared.ui.ErrorNotifier;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * DAECT imports partnerships from a CSV file (columns: see {@link PartenariatCsvImport}): upload,
 * preview with each line's errors, then "Importer" stores all lines or none. Large files are stored
 * in the background with a progress bar.
 */
@Route(value = AtlasRoutes.IMPORT, layout = MainLayout.class)
@Menu(order = 25, title = "atlas.import.menu", icon = "vaadin:upload")
@RolesAllowed(Roles.ADMIN)
public class PartenariatImportView extends VerticalLayout implements HasDynamicTitle {

    /** From this many lines the import runs in the background, with a progress bar. */
    static final int BACKGROUND_FROM = 200;

    private static final int MAX_BYTES = 10 * 1024 * 1024;

    final Upload upload = new Upload();
    final Grid<PartenariatCsvLine> grid = new Grid<>();
    final Div errors = new Div();
    final Div status = new Div();
    final Button importer = new Button();
    final ProgressBar progress = new ProgressBar();
    private final PartenariatCsvImport service;
    private Map<Integer, String> errorsByLine = Map.of();
    private byte[] file;

    public PartenariatImportView(PartenariatCsvImport service) {
        this.service = service;
        NativeLabel label =
                CsvUploads.configure(upload, getTranslation("atlas.import.upload"), "atlas-import-label", MAX_BYTES);
        UI ui = UI.getCurrent();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            // Runs on the upload request, whose signed-in user the service checks.
            try {
                PartenariatImportResult preview = service.preview(bytes);
                ui.access(() -> showPreview(bytes, preview));
            } catch (RuntimeException error) {
                ui.access(() -> ErrorNotifier.show(ErrorNotifier.messageFor(error, getLocale())));
            }
        }));
        grid.addColumn(PartenariatCsvLine::line)
                .setHeader(getTranslation("atlas.import.col.line"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(PartenariatCsvLine::intitule)
                .setHeader(getTranslation("atlas.import.col.intitule"))
                .setFlexGrow(2);
        grid.addColumn(PartenariatCsvLine::pays)
                .setHeader(getTranslation("atlas.import.col.pays"))
                .setAutoWidth(true);
        grid.addColumn(l -> String.join(", ", l.francaises())).setHeader(getTranslation("atlas.import.col.francaises"));
        grid.addColumn(l -> String.join(", ", l.partenaires()))
                .setHeader(getTranslation("atlas.import.col.partenaires"));
        grid.addColumn(PartenariatCsvLine::anneeDebut)
                .setHeader(getTranslation("atlas.import.col.annee"))
                .setAutoWidth(true);
        grid.addColumn(l -> errorsByLine.getOrDefault(l.line(), getTranslation("atlas.import.line-ok")))
                .setHeader(getTranslation("atlas.import.col.erreurs"))
                .setFlexGrow(2);
        grid.setAllRowsVisible(false);
        grid.setVisible(false);
        importer.setText(getTranslation("atlas.import.importer"));
        importer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importer.setEnabled(false);
        importer.addClickListener(e -> importFile());
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("atlas.import.progress"));
        errors.getElement().setAttribute("role", "alert");
        status.getElement().setAttribute("role", "status");
        add(
                new H1(getTranslation("atlas.import.title")),
                new Paragraph(getTranslation("atlas.import.help")),
                columns(),
                template(),
                label,
                upload,
                errors,
                grid,
                importer,
                progress,
                status);
    }

    private UnorderedList columns() {
        UnorderedList list = new UnorderedList();
        PartenariatCsvLine.COLUMNS.forEach(
                c -> list.add(new ListItem(c + " : " + getTranslation("atlas.import.column." + c))));
        return list;
    }

    private Anchor template() {
        byte[] bytes = ("\uFEFF" + PartenariatCsvImport.template()).getBytes(StandardCharsets.UTF_8);
        Anchor anchor = new Anchor(
                new StreamResource("modele-partenariats.csv", () -> new ByteArrayInputStream(bytes)),
                getTranslation("atlas.import.template"));
        anchor.getElement().setAttribute("download", true);
        anchor.setId("atlas-import-template");
        return anchor;
    }

    private void showPreview(byte[] bytes, PartenariatImportResult preview) {
        status.removeAll();
        errorsByLine = preview.errors().stream()
                .collect(Collectors.groupingBy(
                        CsvLineError::line, Collectors.mapping(this::reason, Collectors.joining(" ; "))));
        showErrors(preview.errors());
        grid.setItems(preview.lines());
        grid.setVisible(!preview.lines().isEmpty());
        file = preview.ok() ? bytes : null;
        importer.setEnabled(preview.ok());
        if (preview.ok()) {
            status.add(new Paragraph(
                    getTranslation("atlas.import.ready", preview.lines().size())));
        }
    }

    private void showErrors(List<CsvLineError> found) {
        errors.removeAll();
        if (found.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("csv-errors");
        found.forEach(e -> list.add(new ListItem(getTranslation("atlas.import.error.line", e.line(), reason(e)))));
        errors.add(new Paragraph(getTranslation("atlas.import.errors.title", found.size())), list);
    }

    private String reason(CsvLineError error) {
        return getTranslation(error.messageKey(), error.arguments().toArray());
    }

    private void importFile() {
        byte[] bytes = file;
        importer.setEnabled(false);
        if (bytes == null) {
            return;
        }
        if (grid.getListDataView().getItemCount() < BACKGROUND_FROM) {
            showResult(service.importer(bytes, f -> {}));
            return;
        }
        UI ui = UI.getCurrent();
        progress.setValue(0);
        progress.setVisible(true);
        ui.setPollInterval(500); // no server push in this app: the browser polls for the progress
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(() -> {
            try {
                PartenariatImportResult result = service.importer(bytes, f -> ui.access(() -> progress.setValue(f)));
                ui.access(() -> showResult(result));
            } catch (RuntimeException error) {
                ui.access(() -> ErrorNotifier.show(ErrorNotifier.messageFor(error, getLocale())));
            } finally {
                ui.access(() -> {
                    progress.setVisible(false);
                    ui.setPollInterval(-1);
                });
            }
        }));
    }

    private void showResult(PartenariatImportResult result) {
        status.removeAll();
        showErrors(result.errors());
        file = null;
        upload.clearFileList();
        status.add(new Paragraph(
                result.ok()
                        ? getTranslation("atlas.import.done", result.imported())
                        : getTranslation("atlas.import.nothing")));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("atlas.import.title"));
    }
}
