package fr.coopdec.shared.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.MediaType;

/**
 * Tomcat's error page for the errors it answers before Spring sees the request (an over-long request
 * line or header: 400): JSON on /api (and when the path could not even be read), Tomcat's page without
 * server details elsewhere. Instantiated by Tomcat from its class name (see ApiErrorConfiguration).
 */
public class ApiErrorReportValve extends ErrorReportValve {

    public ApiErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String uri = request.getRequestURI();
        if (uri != null && !uri.isEmpty() && !uri.startsWith("/api/") && !uri.equals("/api")) {
            super.report(request, response, throwable);
            return;
        }
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            byte[] body = JSON.writeValueAsBytes(
                    JsonErrorResponse.body(status, ApiMessages.of(request.getHeader("Accept-Language"))));
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getOutputStream().write(body);
            response.finishResponse();
        } catch (IOException | RuntimeException e) {
            // The client is gone or the response is closed: nothing more to say.
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
}
