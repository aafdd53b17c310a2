package fr.coopdec.shared.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before Spring Security on /api/**: whatever refuses a request there (Spring MVC's resolvers, the
 * security firewall, a missing handler) answers JSON through {@link JsonErrorResponse} instead of the
 * servlet error page, which anonymous callers were sent to the login page for. Bodies larger than
 * {@link #MAX_BODY} bytes are refused with 413 before they are read.
 */
final class ApiErrorFilter extends OncePerRequestFilter {

    /** A delegation of 30 participants with every field full is about 60 KB. */
    static final long MAX_BODY = 256 * 1024;

    private static final Logger log = LoggerFactory.getLogger(ApiErrorFilter.class);

    private final ObjectMapper json;

    ApiErrorFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        JsonErrorResponse answer = new JsonErrorResponse(response, ApiMessages.of(request), json);
        if (request.getContentLengthLong() > MAX_BODY) {
            answer.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        try {
            chain.doFilter(new LimitedBodyRequest(request, MAX_BODY), answer);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted()) {
                throw e;
            }
            if (LimitedBodyRequest.isTooLarge(e)) {
                answer.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            } else {
                // The path only: query strings and bodies may carry personal data.
                log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), e);
                answer.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            }
        }
    }
}
