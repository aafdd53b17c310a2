package fr.coopdec.atlas.ui;

/**
 * A public Atlas page whose record does not exist (an old link, a mistyped id): shown as a French
 * "not found" page by {@link AtlasNotFoundView}, with a 404 status.
 */
public class AtlasNotFoundException extends RuntimeException {

    private final String messageKey;

    /** @param messageKey the translation key of the sentence that says what was not found */
    public AtlasNotFoundException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String getMessageKey() {
        return messageKey;
    }
}
