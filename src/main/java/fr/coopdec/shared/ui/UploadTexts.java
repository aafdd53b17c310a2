package fr.coopdec.shared.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * The upload widget in the user's language, with the limit it enforces in its messages: a file that
 * is too big, of the wrong type or one too many is refused in the browser with a French sentence
 * (server limits in application.properties match: spring.servlet.multipart.*).
 */
public final class UploadTexts {

    private UploadTexts() {}

    /** Sets the widget's texts; {@code maxBytes} is named in the "too big" message (in MB). */
    public static void apply(Upload upload, int maxBytes) {
        String mb = String.valueOf(Math.max(1, maxBytes / (1024 * 1024)));
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(
                new UploadI18N.DropFiles().setOne(t(upload, "upload.drop.one")).setMany(t(upload, "upload.drop.many")));
        i18n.setAddFiles(
                new UploadI18N.AddFiles().setOne(t(upload, "upload.add.one")).setMany(t(upload, "upload.add.many")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(t(upload, "upload.error.too-many"))
                .setFileIsTooBig(upload.getTranslation("upload.error.too-big", mb))
                .setIncorrectFileType(t(upload, "upload.error.type")));
        i18n.setFile(new UploadI18N.File()
                .setRetry(t(upload, "upload.file.retry"))
                .setStart(t(upload, "upload.file.start"))
                .setRemove(t(upload, "upload.file.remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(t(upload, "upload.status.connecting"))
                        .setStalled(t(upload, "upload.status.stalled"))
                        .setProcessing(t(upload, "upload.status.processing"))
                        .setHeld(t(upload, "upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(t(upload, "upload.remaining.prefix"))
                        .setUnknown(t(upload, "upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(t(upload, "upload.error.server"))
                        .setUnexpectedServerError(t(upload, "upload.error.server"))
                        .setForbidden(t(upload, "upload.error.forbidden"))));
        i18n.setUnits(new UploadI18N.Units(
                java.util.List.of(
                        t(upload, "upload.unit.b"),
                        t(upload, "upload.unit.kb"),
                        t(upload, "upload.unit.mb"),
                        t(upload, "upload.unit.gb"),
                        t(upload, "upload.unit.tb")),
                1024));
        upload.setMaxFileSize(maxBytes);
        upload.setI18n(i18n);
    }

    private static String t(Upload upload, String key) {
        return upload.getTranslation(key);
    }
}
