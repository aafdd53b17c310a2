package fr.coopdec.shared.files;

import java.util.Set;
import org.apache.tika.Tika;

/**
 * The type of an uploaded file read from its bytes (Tika's magic numbers), the name only refining
 * within what the bytes allow (a ZIP named .docx is a Word document; an HTML page named .pdf stays
 * text/html). Every attachment of the application is checked this way, never by name or by the
 * type the browser announces.
 */
public final class FileTypes {

    /** What the public forms promise for one file (Bourse, PACT3): 10 MB. */
    public static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

    public static final Set<String> PDF_AND_IMAGES =
            Set.of("application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp");

    public static final Set<String> DOCUMENTS = Set.of(
            "application/pdf",
            "image/png",
            "image/jpeg",
            "application/msword",
            "application/x-tika-msoffice",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/x-tika-ooxml",
            "application/vnd.oasis.opendocument.text");

    private static final Tika TIKA = new Tika();

    private FileTypes() {}

    /** The detected media type, e.g. {@code application/pdf}. */
    public static String detect(String name, byte[] content) {
        return TIKA.detect(content, name);
    }
}
