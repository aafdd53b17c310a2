package fr.coopdec.pact3.ui;

import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.upload.Upload;
import fr.coopdec.shared.files.FileTypes;
import fr.coopdec.shared.ui.UploadTexts;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;

/** Dates, amounts and file uploads shown the same way on every PACT3 page. */
final class Pact3Format {

    static final int MAX_FILE_BYTES = FileTypes.MAX_ATTACHMENT_BYTES;

    private Pact3Format() {}

    static String date(LocalDate date, Locale locale) {
        return fr.coopdec.shared.ui.Dates.date(date, locale);
    }

    static String euros(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format =
                NumberFormat.getCurrencyInstance(locale.getLanguage().equals("en") ? Locale.UK : Locale.FRANCE);
        format.setCurrency(java.util.Currency.getInstance("EUR"));
        return format.format(amount);
    }

    static String moyenne(Double value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        format.setMinimumFractionDigits(2);
        return format.format(value);
    }

    /** One document (PDF, office, image) of at most 10 MB, named by a visible label (RGAA). */
    static NativeLabel configure(Upload upload, String labelText, String labelId) {
        NativeLabel label = new NativeLabel(labelText);
        label.setId(labelId);
        upload.getElement().setAttribute("aria-labelledby", labelId);
        upload.setAcceptedFileTypes(".pdf", ".doc", ".docx", ".odt", ".png", ".jpg", "application/pdf");
        upload.setMaxFiles(1);
        UploadTexts.apply(upload, MAX_FILE_BYTES);
        return label;
    }
}
