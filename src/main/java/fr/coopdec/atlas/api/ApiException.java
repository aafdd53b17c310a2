package fr.coopdec.atlas.api;

import fr.coopdec.shared.api.ApiError;
import fr.coopdec.shared.api.ApiMessages;
import org.springframework.http.HttpStatus;

/** A request the API refuses: the status, the parameter at fault and a message translated when answered. */
class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String parametre;
    private final String valeur;
    private final String messageKey;
    private final transient Object[] args;

    ApiException(HttpStatus status, String parametre, String valeur, String messageKey, Object... args) {
        super(messageKey);
        this.status = status;
        this.parametre = parametre;
        this.valeur = valeur;
        this.messageKey = messageKey;
        this.args = args;
    }

    static ApiException badParameter(String parametre, String valeur, String messageKey, Object... args) {
        return new ApiException(HttpStatus.BAD_REQUEST, parametre, valeur, messageKey, args);
    }

    HttpStatus status() {
        return status;
    }

    /** In the language of the current request. */
    ApiError body() {
        return new ApiError(parametre, valeur, ApiMessages.translate(messageKey, args));
    }
}
