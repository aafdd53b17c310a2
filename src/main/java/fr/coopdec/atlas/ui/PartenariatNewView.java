package fr.coopdec.atlas.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.atlas.PartenariatService;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.shared.security.CoopDecUser;
import fr.coopdec.shared.security.CurrentUser;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;

/**
 * A new partnership. What the user's scope implies is filled in: an embassy post's country, a local
 * authority's own name among the French partners.
 */
@Route(value = AtlasRoutes.PARTENARIAT_NEW, layout = MainLayout.class)
@RolesAllowed({Roles.ADMIN, Roles.POSTE, Roles.COLLECTIVITE})
public class PartenariatNewView extends VerticalLayout implements HasDynamicTitle {

    final PartenariatEditor editor;

    public PartenariatNewView(PartenariatService service, ReferentialQueries referential, CurrentUser currentUser) {
        CoopDecUser user = currentUser.require();
        Partenariat partenariat = Partenariat.blank();
        user.getPaysId()
                .flatMap(id -> referential.allPays().stream()
                        .filter(p -> p.getId().equals(id))
                        .findFirst())
                .ifPresent(partenariat::setPays);
        user.getCollectiviteFrancaiseId()
                .flatMap(referential::findCollectiviteFrancaise)
                .ifPresent(own -> partenariat.getCollectivitesFrancaises().add(own));
        editor = new PartenariatEditor(partenariat, service, referential, user, saved -> UI.getCurrent()
                .navigate(AtlasRoutes.partenariat(saved.getId())));
        add(new H1(getTranslation("atlas.edit.new.title")), editor);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("atlas.edit.new.title"));
    }
}
