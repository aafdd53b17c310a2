package fr.coopdec.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.TranslationProvider;
import jakarta.persistence.OptimisticLockException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Turns exceptions that reach the UI into a French (or English) sentence that says what to do;
 * technical details go to the log only.
 */
public final class ErrorNotifier implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ErrorNotifier.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        String message = messageFor(error, Language.current());
        if (UI.getCurrent() != null) {
            show(message);
        }
    }

    /**
     * Runs a user's action; if it fails, shows why (the same sentence as the session's error handler) and
     * leaves the page as it is, so nothing typed is lost. The one error path of the views' buttons.
     *
     * @return whether the action succeeded
     */
    public static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException error) {
            show(messageFor(error, Language.current()));
            return false;
        }
    }

    /** The user-facing sentence for an exception; logs the ones users cannot act on. */
    public static String messageFor(Throwable error, java.util.Locale locale) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException business) {
                return TranslationProvider.translate(business.getMessageKey(), locale, business.getArguments());
            }
            if (cause instanceof ObjectOptimisticLockingFailureException || cause instanceof OptimisticLockException) {
                return TranslationProvider.translate("common.error.concurrent-edit", locale);
            }
            if (cause instanceof AccessDeniedException) {
                return TranslationProvider.translate("common.error.access-denied", locale);
            }
        }
        log.error("Unexpected error shown to the user", error);
        return TranslationProvider.translate("common.error.unexpected", locale);
    }

    public static void show(String message) {
        Notification notification = new Notification(message, 8000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.open();
    }

    public static void showSuccess(String message) {
        Notification notification = new Notification(message, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.open();
    }
}
