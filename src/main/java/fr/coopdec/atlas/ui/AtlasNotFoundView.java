package fr.coopdec.atlas.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.coopdec.shared.ui.MainLayout;
import jakarta.servlet.http.HttpServletResponse;

/** "Not found" for the Atlas's public pages: says what is missing and leads back to the search. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AtlasNotFoundView extends Div implements HasErrorParameter<AtlasNotFoundException>, HasDynamicTitle {

    final H1 title = new H1();
    final Paragraph message = new Paragraph();

    public AtlasNotFoundView() {
        setId("atlas-not-found");
        title.setText(getTranslation("atlas.page.not-found.title"));
        add(title, message, new RouterLink(getTranslation("atlas.page.back-to-search"), AtlasSearchView.class));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AtlasNotFoundException> parameter) {
        AtlasNotFoundException error = parameter.getException();
        message.setText(getTranslation(error == null ? "atlas.page.not-found.partenariat" : error.getMessageKey()));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return fr.coopdec.shared.ui.PageTitles.of(getTranslation("atlas.page.not-found.title"));
    }
}
