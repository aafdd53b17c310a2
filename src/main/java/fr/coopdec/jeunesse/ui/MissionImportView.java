package fr.coopdec.jeunesse.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.coopdec.jeunesse.MissionCsv;
import fr.coopdec.jeunesse.MissionCsvImport;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.CsvUploads;
import fr.coopdec.shared.ui.ErrorNotifier;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;

/** France Volontaires imports placements from a CSV file: all lines or none, with the errors per line. */
@Route(value = JeunesseRoutes.IMPORT, layout = MainLayout.class)
@RolesAllowed({Roles.ADMIN, Roles.VOLONTARIAT})
public class MissionImportView extends VerticalLayout implements HasDynamicTitle {

    private static final int MAX_BYTES = 5 * 1024 * 1024;

    final Upload upload = new Upload();
    final Div errors = new Div();
    final Div status = new Div();
    private final transient MissionCsvImport service;

    public MissionImportView(MissionCsvImport service) {
        this.service = service;
        NativeLabel label = CsvUploads.configure(
                upload, getTranslation("jeunesse.import.upload"), "jeunesse-import-label", MAX_BYTES);
        UI ui = UI.getCurrent();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            // Runs on the upload request, whose signed-in user the service checks.
            try {
                MissionCsvImport.Resultat result = service.importer(bytes);
                ui.access(() -> show(result));
            } catch (RuntimeException error) {
                ui.access(() -> ErrorNotifier.show(ErrorNotifier.messageFor(error, getLocale())));
            }
        }));
        errors.getElement().setAttribute("role", "alert");
        status.getElement().setAttribute("role", "status");
        UnorderedList columns = new UnorderedList();
        MissionCsv.COLUMNS.forEach(
                c -> columns.add(new ListItem(c + " : " + getTranslation("jeunesse.import.column." + c))));
        add(
                new H1(getTranslation("jeunesse.import.title")),
                new Paragraph(getTranslation("jeunesse.import.help")),
                columns,
                label,
                upload,
                errors,
                status);
    }

    void importer(byte[] bytes) {
        show(service.importer(bytes));
    }

    private void show(MissionCsvImport.Resultat result) {
        errors.removeAll();
        status.removeAll();
        upload.clearFileList();
        if (result.ok()) {
            status.add(new Paragraph(getTranslation("jeunesse.import.done", result.imported())));
            return;
        }
        UnorderedList list = new UnorderedList();
        result.errors()
                .forEach(e -> list.add(new ListItem(getTranslation(
                        "jeunesse.import.error.line",
                        e.line(),
                        getTranslation(e.messageKey(), e.arguments().toArray())))));
        errors.add(
                new Paragraph(
                        getTranslation("jeunesse.import.errors", result.errors().size())),
                list);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("jeunesse.import.title"));
    }
}
