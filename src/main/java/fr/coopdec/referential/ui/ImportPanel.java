package fr.coopdec.referential.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import fr.coopdec.referential.FrenchAuthoritiesImportService;
import fr.coopdec.referential.ImportSummary;
import fr.coopdec.shared.ui.ErrorNotifier;
import java.util.concurrent.CompletableFuture;

/**
 * The DAECT's "run the Etalab import again" button. The import runs on a service thread; the page
 * polls twice a second while it runs, so the progress bar moves without server push.
 */
class ImportPanel extends HorizontalLayout {

    private static final int POLL_MS = 500;

    final Button start = new Button();
    final ProgressBar progress = new ProgressBar();
    final Span summary = new Span();
    /** Completes once the result has been handed to the UI (tests wait on it). */
    CompletableFuture<Void> running = CompletableFuture.completedFuture(null);

    ImportPanel(FrenchAuthoritiesImportService service, Runnable onDone) {
        start.setText(getTranslation("referential.import.button"));
        NativeLabel label = new NativeLabel(getTranslation("referential.import.progress"));
        label.setId("import-progress-label");
        progress.getElement().setAttribute("aria-labelledby", "import-progress-label");
        progress.setWidth("16em");
        progress.setVisible(false);
        label.setVisible(false);
        summary.getElement().setAttribute("role", "status");
        start.addClickListener(e -> {
            UI ui = UI.getCurrent();
            ErrorNotifier.attempt(() -> {
                CompletableFuture<ImportSummary> run = service.rerun(
                        (done, total) -> access(ui, () -> progress.setValue(total == 0 ? 0 : (double) done / total)));
                start.setEnabled(false);
                progress.setValue(0);
                progress.setVisible(true);
                label.setVisible(true);
                summary.setText("");
                ui.setPollInterval(POLL_MS);
                running = run.handle((result, error) -> {
                    access(ui, () -> {
                        ui.setPollInterval(-1);
                        start.setEnabled(true);
                        progress.setVisible(false);
                        label.setVisible(false);
                        if (error != null) {
                            ErrorNotifier.show(ErrorNotifier.messageFor(error, getLocale()));
                        } else {
                            summary.setText(getTranslation(
                                    "referential.import.summary",
                                    result.added(),
                                    result.updated(),
                                    result.unchanged(),
                                    result.absentFromFile(),
                                    result.durationMs()));
                            onDone.run();
                        }
                    });
                    return null;
                });
            });
        });
        setAlignItems(Alignment.CENTER);
        add(start, label, progress, summary);
    }

    private static void access(UI ui, Runnable command) {
        try {
            ui.access(command::run);
        } catch (UIDetachedException e) {
            // The user left the page: the import goes on, there is nothing left to show.
        }
    }
}
