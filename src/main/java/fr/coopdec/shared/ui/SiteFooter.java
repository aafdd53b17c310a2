package fr.coopdec.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Span;

/** The footer of every page (layout and login page): who runs the site and its accessibility statement. */
public class SiteFooter extends Footer {

    public SiteFooter() {
        addClassName("coopdec-footer");
        Anchor accessibilite = new Anchor(AccessibiliteView.ROUTE, getTranslation("layout.footer.accessibility"));
        accessibilite.setId("footer-accessibilite");
        add(new Span(getTranslation("layout.footer")), accessibilite);
    }
}
