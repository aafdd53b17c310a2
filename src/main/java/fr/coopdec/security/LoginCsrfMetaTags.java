package fr.coopdec.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import org.jsoup.nodes.Element;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * Puts Spring Security's CSRF token in every page's head as {@code <meta name="_csrf">} and
 * {@code <meta name="_csrf_parameter">}: Vaadin's login form (vaadin-login-form) copies them into
 * the hidden field of the form it posts to /login, so the sign-in is protected against CSRF like any
 * other form (SecurityConfiguration no longer exempts /login).
 */
@Component
class LoginCsrfMetaTags implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            if (!(response.getVaadinRequest() instanceof VaadinServletRequest request)
                    || !(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token)) {
                return;
            }
            Element head = response.getDocument().head();
            head.appendElement("meta").attr("name", "_csrf_parameter").attr("content", token.getParameterName());
            head.appendElement("meta").attr("name", "_csrf").attr("content", token.getToken());
        });
    }
}
