package fr.coopdec.atlas;

import fr.coopdec.shared.BusinessException;

/** A search parameter (URL or API) has a value that means nothing; names the parameter. */
public class InvalidFilterParameterException extends BusinessException {

    private final String parameter;
    private final String value;

    public InvalidFilterParameterException(String parameter, String value) {
        super("atlas.filtre.invalide", parameter, value);
        this.parameter = parameter;
        this.value = value;
    }

    public String getParameter() {
        return parameter;
    }

    public String getValue() {
        return value;
    }
}
