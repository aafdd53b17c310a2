package fr.coopdec.security.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * ProConnect's sign-in button as its guidelines describe it ("S’identifier avec ProConnect" and a
 * "Qu’est-ce que ProConnect ?" link). A plain link outside Vaadin's router: the browser leaves for
 * Spring Security's authorization endpoint, which redirects to ProConnect.
 */
class ProConnectButton extends Composite<Div> {

    static final String AUTHORIZATION_PATH = "oauth2/authorization/proconnect";

    ProConnectButton() {
        Anchor signIn = new Anchor(AUTHORIZATION_PATH);
        signIn.getElement().setAttribute("router-ignore", true);
        signIn.addClassName("proconnect-button");
        signIn.add(
                new Span(getTranslation("login.proconnect.prefix")), new Span(getTranslation("login.proconnect.name")));
        Anchor about = new Anchor(
                "https://www.proconnect.gouv.fr/", getTranslation("login.proconnect.about"), AnchorTarget.BLANK);
        about.getElement().setAttribute("rel", "noopener");
        about.getElement().setAttribute("title", getTranslation("login.proconnect.about.title"));
        getContent().addClassName("proconnect");
        getContent()
                .add(
                        new Paragraph(getTranslation("login.proconnect.intro")),
                        signIn,
                        about,
                        new Paragraph(getTranslation("login.proconnect.or")));
    }

    String href() {
        return ((Anchor) getContent()
                        .getChildren()
                        .filter(Anchor.class::isInstance)
                        .findFirst()
                        .orElseThrow())
                .getHref();
    }
}
