package fr.coopdec.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The body of an error page inside the layout: a title, what happened, and ways on (home, sign-in). */
abstract class ErrorPage extends Div implements HasDynamicTitle {

    final H1 title = new H1();
    final Paragraph message = new Paragraph();
    final Div links = new Div();
    private final String titleKey;

    ErrorPage(String id, String titleKey) {
        this.titleKey = titleKey;
        setId(id);
        addClassName("error-page");
        title.setText(getTranslation(titleKey));
        links.addClassName("error-page-links");
        add(title, message, links);
    }

    /**
     * Fills the page and sets the HTTP status of the page request itself ({@link PageStatus}: the first
     * view is rendered while answering the page request, {@code vaadin.eagerServerLoad}). Returns the
     * status for Vaadin.
     */
    int show(String messageKey, String path, int status) {
        PageStatus.set(status);
        message.setText(getTranslation(messageKey, path));
        links.removeAll();
        Anchor home = new Anchor("./", getTranslation("error.link.home"));
        home.setId("error-home");
        links.add(home);
        if (!signedIn()) {
            Anchor login = new Anchor("login", getTranslation("error.link.login"));
            login.setId("error-login");
            if (status == HttpServletResponse.SC_FORBIDDEN) {
                links.addComponentAsFirst(login); // signing in is the way on
            } else {
                links.add(login);
            }
        }
        return status;
    }

    static boolean signedIn() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        return request != null && request.getUserPrincipal() != null;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation(titleKey));
    }
}
