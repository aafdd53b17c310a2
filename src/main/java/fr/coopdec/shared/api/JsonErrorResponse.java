package fr.coopdec.shared.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.MediaType;

/**
 * A response whose {@code sendError} writes an {@link ApiError} in JSON at once, so the request never
 * goes through the servlet container's error dispatch (and its login redirect or HTML page).
 */
final class JsonErrorResponse extends HttpServletResponseWrapper {

    /** Statuses with a sentence of their own; others get the generic one. */
    private static final Set<Integer> EXPLAINED = Set.of(400, 401, 403, 404, 405, 406, 413, 415, 500);

    private final Locale locale;
    private final ObjectMapper json;

    JsonErrorResponse(HttpServletResponse response, Locale locale, ObjectMapper json) {
        super(response);
        this.locale = locale;
        this.json = json;
    }

    @Override
    public void sendError(int status) throws IOException {
        sendError(status, null);
    }

    /** The container's message (often English, sometimes echoing input) is deliberately not used. */
    @Override
    public void sendError(int status, String ignored) throws IOException {
        if (isCommitted()) {
            throw new IllegalStateException("Response already committed");
        }
        write((HttpServletResponse) getResponse(), status, locale, json);
    }

    static void write(HttpServletResponse response, int status, Locale locale, ObjectMapper json) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(body(status, locale)));
        response.flushBuffer();
    }

    static ApiError body(int status, Locale locale) {
        String key = EXPLAINED.contains(status) ? "api.erreur.http." + status : "api.erreur.http";
        return new ApiError(null, null, ApiMessages.translate(locale, key, status));
    }
}
