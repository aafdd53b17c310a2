package fr.coopdec.shared;

import java.util.Arrays;

/**
 * A business rule refused an operation. Carries a translation key (and its arguments) so the UI shows
 * the user a sentence in their language that says what to do.
 */
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
