package fr.coopdec.atlas.api;

import fr.coopdec.atlas.InvalidFilterParameterException;
import fr.coopdec.shared.TranslationProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Turns every refused request of the open-data API into a JSON error naming the parameter, never a 500 page. */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiError> refused(ApiException e) {
        return json(e.status(), e.body());
    }

    @ExceptionHandler(InvalidFilterParameterException.class)
    ResponseEntity<ApiError> badFilter(InvalidFilterParameterException e) {
        return json(HttpStatus.BAD_REQUEST, new ApiError(e.getParameter(), e.getValue(),
                french("api.erreur.filtre", e.getParameter(), e.getValue())));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
        String value = e.getValue() == null ? null : e.getValue().toString();
        return json(HttpStatus.BAD_REQUEST, new ApiError(e.getName(), value, french("api.erreur.valeur", e.getName(), value)));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missing(MissingServletRequestParameterException e) {
        return json(HttpStatus.BAD_REQUEST, new ApiError(e.getParameterName(), null,
                french("api.erreur.manquant", e.getParameterName())));
    }

    /** Spring's own HTTP errors (e.g. an export that outlives its timeout) keep their status. */
    @ExceptionHandler(ErrorResponseException.class)
    ResponseEntity<ApiError> framework(ErrorResponseException e) {
        log.warn("Open-data API request refused: {}", e.getMessage());
        return json(HttpStatus.valueOf(e.getStatusCode().value()), new ApiError(null, null, french("api.erreur.interne")));
    }

    /** Anything unexpected: logged with its details, answered with a sentence, still JSON. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ApiError> unexpected(RuntimeException e) {
        log.error("Open-data API request failed", e);
        return json(HttpStatus.INTERNAL_SERVER_ERROR, new ApiError(null, null, french("api.erreur.interne")));
    }

    private static ResponseEntity<ApiError> json(HttpStatus status, ApiError error) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(error);
    }

    private static String french(String key, Object... args) {
        return TranslationProvider.translate(key, TranslationProvider.FRENCH, args);
    }
}
