package fr.coopdec.shared.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinService;
import fr.coopdec.shared.DemoDataPresence;

/**
 * A ribbon on every page while the database holds demonstration data, so that nobody takes the
 * generated partnerships for real ones. Hidden when there is none (or no module can tell).
 */
public class DemoNotice extends Span {

    public DemoNotice() {
        setText(getTranslation("atlas.demo.notice"));
        setId("demo-notice");
        addClassName("demo-notice");
        getElement().getThemeList().add("badge error");
        getElement().setAttribute("role", "note");
        setVisible(present());
    }

    private static boolean present() {
        VaadinService service = VaadinService.getCurrent();
        if (service == null) {
            return false;
        }
        try {
            return service.getInstantiator().getOrCreate(DemoDataPresence.class).present();
        } catch (RuntimeException noImplementation) {
            return false;
        }
    }
}
