package fr.coopdec.atlas.api;

import fr.coopdec.shared.TranslationProvider;
import org.springframework.http.HttpStatus;

/** A request the API refuses: the status, the parameter at fault and a translated French message. */
class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String parametre;
    private final String valeur;

    ApiException(HttpStatus status, String parametre, String valeur, String messageKey, Object... args) {
        super(TranslationProvider.translate(messageKey, TranslationProvider.FRENCH, args));
        this.status = status;
        this.parametre = parametre;
        this.valeur = valeur;
    }

    static ApiException badParameter(String parametre, String valeur, String messageKey, Object... args) {
        return new ApiException(HttpStatus.BAD_REQUEST, parametre, valeur, messageKey, args);
    }

    HttpStatus status() {
        return status;
    }

    ApiError body() {
        return new ApiError(parametre, valeur, getMessage());
    }
}
