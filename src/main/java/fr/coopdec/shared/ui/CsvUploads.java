package fr.coopdec.shared.ui;

import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.upload.Upload;

/** The one way CSV files are uploaded for import: one file, size-capped, named by a visible label. */
public final class CsvUploads {

    private CsvUploads() {}

    /**
     * Limits {@code upload} to one CSV file of at most {@code maxBytes} and returns the visible label
     * that names it (RGAA: the drop zone needs an accessible name); place the label before the upload.
     */
    public static NativeLabel configure(Upload upload, String labelText, String labelId, int maxBytes) {
        NativeLabel label = new NativeLabel(labelText);
        label.setId(labelId);
        upload.getElement().setAttribute("aria-labelledby", labelId);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        UploadTexts.apply(upload, maxBytes);
        return label;
    }
}
