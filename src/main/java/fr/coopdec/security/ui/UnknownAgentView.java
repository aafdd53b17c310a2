package fr.coopdec.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.coopdec.security.ProConnectProperties;
import fr.coopdec.shared.ui.PageTitles;

/**
 * Where an agent lands whom ProConnect identified and CoopDec does not know: no access, and who can
 * open it (DAECT creates the account with that address, role and scope; the next ProConnect sign-in
 * then works).
 */
@Route(value = ProConnectProperties.UNKNOWN_AGENT_ROUTE, autoLayout = false)
@AnonymousAllowed
public class UnknownAgentView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ProConnectProperties proConnect;

    public UnknownAgentView(ProConnectProperties proConnect) {
        this.proConnect = proConnect;
        addClassName("login-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Object email = VaadinSession.getCurrent() == null
                ? null
                : VaadinSession.getCurrent().getSession().getAttribute(ProConnectProperties.UNKNOWN_AGENT_EMAIL);
        add(new H1(getTranslation("proconnect.inconnu.titre")));
        add(new Paragraph(
                email == null
                        ? getTranslation("proconnect.inconnu.sans-adresse")
                        : getTranslation("proconnect.inconnu.adresse", email)));
        add(new Paragraph(getTranslation("proconnect.inconnu.qui")));
        String contact = proConnect.contact();
        if (contact != null && !contact.isBlank()) {
            add(new Paragraph(getTranslation("proconnect.inconnu.contact", contact)));
        }
        add(new Paragraph(getTranslation("proconnect.inconnu.ensuite")));
        add(new Anchor("login", getTranslation("proconnect.inconnu.retour")));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("proconnect.inconnu.titre"));
    }
}
