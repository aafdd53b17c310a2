package fr.coopdec.atlas.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.atlas.PartenariatService;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.shared.BusinessException;
import fr.coopdec.shared.security.CurrentUser;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

/**
 * Edits a partnership within the user's scope; outside it, the page says so in words rather than
 * showing a form whose save would be refused.
 */
@Route(value = AtlasRoutes.PARTENARIAT_EDIT, layout = MainLayout.class)
@RolesAllowed({Roles.ADMIN, Roles.POSTE, Roles.COLLECTIVITE})
public class PartenariatEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PartenariatService service;
    private final transient ReferentialQueries referential;
    private final transient CurrentUser currentUser;
    PartenariatEditor editor;
    private String title;

    public PartenariatEditView(PartenariatService service, ReferentialQueries referential, CurrentUser currentUser) {
        this.service = service;
        this.referential = referential;
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        editor = null;
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        try {
            Partenariat partenariat = service.findForEdit(id);
            title = getTranslation("atlas.edit.edit.title", partenariat.getIntitule());
            editor = new PartenariatEditor(
                    partenariat, service, referential, currentUser.require(), saved -> UI.getCurrent()
                            .navigate(AtlasRoutes.partenariat(saved.getId())));
            add(new H1(title), editor);
        } catch (AccessDeniedException e) {
            refuse("atlas.edit.forbidden.title", "atlas.edit.forbidden");
        } catch (BusinessException e) {
            refuse("atlas.edit.not-found.title", e.getMessageKey());
        }
    }

    private void refuse(String titleKey, String messageKey) {
        title = getTranslation(titleKey);
        Paragraph message = new Paragraph(getTranslation(messageKey));
        message.setId("edit-refused");
        add(new H1(title), message);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(title == null ? getTranslation("atlas.edit.not-found.title") : title);
    }
}
