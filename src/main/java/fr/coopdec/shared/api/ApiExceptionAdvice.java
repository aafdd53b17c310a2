package fr.coopdec.shared.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.servlet.ServletException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The errors every API controller shares, as {@link ApiError} JSON in the caller's language. Module
 * advices and controllers handle their own exceptions first (this one has the lowest precedence).
 * Refusals that happen before a controller is chosen (405, 415, unknown path) go through
 * {@link JsonErrorResponse} instead.
 */
@RestControllerAdvice(basePackages = "fr.coopdec")
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiExceptionAdvice {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionAdvice.class);

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        if (LimitedBodyRequest.isTooLarge(e)) {
            return status(HttpStatus.PAYLOAD_TOO_LARGE);
        }
        return json(
                HttpStatus.BAD_REQUEST, new ApiError(field(e), null, ApiMessages.translate("api.erreur.illisible")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
        String value = e.getValue() == null ? null : e.getValue().toString();
        return json(
                HttpStatus.BAD_REQUEST,
                new ApiError(e.getName(), value, ApiMessages.translate("api.erreur.valeur", e.getName(), value)));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missing(MissingServletRequestParameterException e) {
        return json(
                HttpStatus.BAD_REQUEST,
                new ApiError(
                        e.getParameterName(),
                        null,
                        ApiMessages.translate("api.erreur.manquant", e.getParameterName())));
    }

    /** Bean Validation: the first field at fault (by path), its value when it is a plain one, the constraint's message. */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ApiError> invalid(ConstraintViolationException e) {
        ConstraintViolation<?> v = e.getConstraintViolations().stream()
                .min(Comparator.comparing(x -> x.getPropertyPath().toString()))
                .orElse(null);
        if (v == null) {
            return json(HttpStatus.BAD_REQUEST, new ApiError(null, null, ApiMessages.translate("api.erreur.http.400")));
        }
        String path =
                v.getPropertyPath().toString().replace(".<list element>", "").replace("<list element>", "");
        return json(HttpStatus.BAD_REQUEST, new ApiError(path, scalar(v.getInvalidValue()), v.getMessage()));
    }

    /** 405, 415, 404, ResponseStatusException...: their status, our sentence, their headers (Allow, Accept). */
    @ExceptionHandler({ErrorResponseException.class, ServletException.class})
    ResponseEntity<ApiError> framework(Exception e) {
        if (!(e instanceof ErrorResponse error)) {
            log.error("API request failed", e);
            return status(HttpStatus.INTERNAL_SERVER_ERROR);
        }
        HttpStatus status = HttpStatus.resolve(error.getStatusCode().value());
        if (status == null || status.is5xxServerError()) {
            log.warn(
                    "API request refused with {}: {}",
                    error.getStatusCode(),
                    e.getClass().getSimpleName());
        }
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(error.getHeaders());
        headers.setContentType(MediaType.APPLICATION_JSON);
        int code = error.getStatusCode().value();
        return ResponseEntity.status(code).headers(headers).body(JsonErrorResponse.body(code, ApiMessages.current()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> denied(AccessDeniedException e) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        boolean anonymous = who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated();
        return status(anonymous ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN);
    }

    /** Anything unexpected: logged with its details, answered with a sentence, still JSON. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ApiError> unexpected(RuntimeException e) {
        log.error("API request failed", e);
        return json(
                HttpStatus.INTERNAL_SERVER_ERROR,
                new ApiError(null, null, ApiMessages.translate("api.erreur.interne")));
    }

    private static ResponseEntity<ApiError> status(HttpStatus status) {
        return json(status, JsonErrorResponse.body(status.value(), ApiMessages.current()));
    }

    private static ResponseEntity<ApiError> json(HttpStatus status, ApiError error) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(error);
    }

    /** Only plain values are echoed: a list or an object would come back as Java's toString. */
    private static String scalar(Object value) {
        return value instanceof CharSequence
                        || value instanceof Number
                        || value instanceof Boolean
                        || value instanceof Enum<?>
                ? String.valueOf(value)
                : null;
    }

    /** "participants[0].email" from Jackson's path; null when the body is not JSON at all. */
    private static String field(HttpMessageNotReadableException e) {
        if (!(e.getCause() instanceof JsonMappingException m) || m.getPath().isEmpty()) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
            } else {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
