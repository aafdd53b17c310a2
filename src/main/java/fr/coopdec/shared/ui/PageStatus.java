package fr.coopdec.shared.ui;

import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The HTTP status of the page request. With {@code vaadin.eagerServerLoad} the first view is built while
 * the page request is answered, so a view that finds nothing to show (an unknown sheet, a wrong personal
 * link) can answer 404 like the error views; in later navigation requests the status goes nowhere, which
 * is harmless. Vaadin ignores the status an error view returns (vaadin/flow#13421).
 */
public final class PageStatus {

    private PageStatus() {}

    public static void set(int status) {
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            response.setStatus(status);
        }
    }

    /** The page names something that does not exist (or is not public). */
    public static void notFound() {
        set(HttpServletResponse.SC_NOT_FOUND);
    }
}
