package fr.coopdec.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Every session starts in the reader's language (see {@link Language}) with the French error handler. */
@Component
class UiInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(sessionInit -> {
            sessionInit.getSession().setErrorHandler(new ErrorNotifier());
            sessionInit.getSession().setLocale(Language.fromRequest(VaadinRequest.getCurrent()));
        });
        // the page's own <html lang>, right in the HTML (screen readers start reading before any script)
        event.addIndexHtmlRequestListener(response -> {
            Locale locale = response.getUI()
                    .map(UI::getLocale)
                    .orElseGet(() -> Language.fromRequest(response.getVaadinRequest()));
            response.getDocument().getElementsByTag("html").attr("lang", locale.getLanguage());
        });
        event.getSource().addUIInitListener(uiInit -> {
            Locale locale = uiInit.getUI().getSession().getLocale();
            uiInit.getUI().setLocale(locale);
            uiInit.getUI().getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
            uiInit.getUI().addBeforeEnterListener(enter -> enter.getLocation()
                    .getQueryParameters()
                    .getSingleParameter("lang")
                    .ifPresent(lang -> Language.fromAddress(enter.getUI(), lang)));
        });
    }
}
