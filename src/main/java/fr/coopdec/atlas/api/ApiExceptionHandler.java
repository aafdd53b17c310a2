package fr.coopdec.atlas.api;

import fr.coopdec.atlas.InvalidFilterParameterException;
import fr.coopdec.shared.api.ApiError;
import fr.coopdec.shared.api.ApiMessages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The open-data API's own refusals as JSON naming the parameter; the errors all API controllers share
 * (unreadable body, wrong types, unexpected failures) are handled in {@code shared.api}.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ApiError> refused(ApiException e) {
        return json(e.status(), e.body());
    }

    @ExceptionHandler(InvalidFilterParameterException.class)
    ResponseEntity<ApiError> badFilter(InvalidFilterParameterException e) {
        return json(
                HttpStatus.BAD_REQUEST,
                new ApiError(
                        e.getParameter(),
                        e.getValue(),
                        ApiMessages.translate("api.erreur.filtre", e.getParameter(), e.getValue())));
    }

    private static ResponseEntity<ApiError> json(HttpStatus status, ApiError error) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(error);
    }
}
