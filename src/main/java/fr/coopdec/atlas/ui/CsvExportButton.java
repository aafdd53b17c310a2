package fr.coopdec.atlas.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import fr.coopdec.atlas.CsvExportService;
import fr.coopdec.atlas.ModeExport;
import fr.coopdec.atlas.PartenariatFilter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Exports the current search as CSV without freezing the page: the file is written in the background
 * to a temporary file while a progress bar counts the rows (the UI polls, the app has no push), then a
 * download link appears. The button, the bar and the link are native elements, so keyboard users get
 * them in tab order; the status line is announced to screen readers.
 */
public class CsvExportButton extends Composite<Div> {

    private static final Logger log = LoggerFactory.getLogger(CsvExportButton.class);
    private static final int POLL_MILLIS = 300;

    private final CsvExportService service;
    private final Supplier<PartenariatFilter> filter;
    private final ModeExport mode;
    private final Executor executor;
    private final Button button = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Anchor download = new Anchor();
    private Path file;

    public CsvExportButton(CsvExportService service, Supplier<PartenariatFilter> filter, ModeExport mode) {
        this(service, filter, mode, task -> {
            Thread thread = new Thread(task, "csv-export");
            thread.setDaemon(true);
            thread.start();
        });
    }

    CsvExportButton(CsvExportService service, Supplier<PartenariatFilter> filter, ModeExport mode, Executor executor) {
        this.service = service;
        this.filter = filter;
        this.mode = mode;
        this.executor = executor;
        button.setIcon(VaadinIcon.DOWNLOAD.create());
        button.addClickListener(e -> start());
        progress.setVisible(false);
        status.getElement().setAttribute("aria-live", "polite");
        download.setVisible(false);
        getContent().add(button, progress, status, download);
        getContent().addClassNames("coopdec-csv-export");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        button.setText(getTranslation("atlas.export.bouton." + mode.name()));
        progress.getElement().setAttribute("aria-label", getTranslation("atlas.export.progression.label"));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        deleteFile();
    }

    private void start() {
        UI ui = UI.getCurrent();
        PartenariatFilter current = filter.get();
        long total = service.total(current, mode);
        deleteFile();
        button.setEnabled(false);
        download.setVisible(false);
        progress.setMin(0);
        progress.setMax(Math.max(total, 1));
        progress.setValue(0);
        progress.setVisible(true);
        status.setText(getTranslation("atlas.export.progression", 0, total));
        ui.setPollInterval(POLL_MILLIS);
        String fileName = service.fileName(mode);
        String baseUrl = baseUrl();
        executor.execute(() -> {
            try {
                Path target = Files.createTempFile("coopdec-export-", ".csv");
                try (OutputStream out = Files.newOutputStream(target)) {
                    service.write(current, mode, baseUrl, out, rows -> ui.access(() -> showProgress(rows, total)));
                }
                ui.access(() -> finished(ui, target, fileName, total));
            } catch (IOException | RuntimeException e) {
                log.error("CSV export failed", e);
                ui.access(() -> failed(ui));
            }
        });
    }

    private void showProgress(long rows, long total) {
        progress.setValue(Math.min(rows, progress.getMax()));
        status.setText(getTranslation("atlas.export.progression", rows, total));
    }

    private void finished(UI ui, Path target, String fileName, long total) {
        file = target;
        ui.setPollInterval(-1);
        progress.setValue(progress.getMax());
        status.setText(getTranslation("atlas.export.termine", total));
        download.setHref(DownloadHandler.forFile(target.toFile(), fileName), AttachmentType.DOWNLOAD);
        download.setText(getTranslation("atlas.export.telecharger", fileName));
        download.setVisible(true);
        button.setEnabled(true);
    }

    private void failed(UI ui) {
        ui.setPollInterval(-1);
        progress.setVisible(false);
        status.setText(getTranslation("atlas.export.erreur"));
        button.setEnabled(true);
    }

    /** "https://host[:port]/context", so the links in the spreadsheet open the partnership pages. */
    private static String baseUrl() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        return request == null
                ? ""
                : ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest())
                        .build()
                        .toUriString();
    }

    /** The file of the last export (tests read it; the download link serves it). */
    Path exportedFile() {
        return file;
    }

    private void deleteFile() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            file = null;
        }
    }
}
