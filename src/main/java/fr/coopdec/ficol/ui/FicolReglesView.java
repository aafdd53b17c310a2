package fr.coopdec.ficol.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.coopdec.ficol.CodeRegle;
import fr.coopdec.ficol.RegleEligibilite;
import fr.coopdec.ficol.RegleService;
import fr.coopdec.shared.security.CurrentUser;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.ErrorNotifier;
import fr.coopdec.shared.ui.Grids;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;

/**
 * The FICOL eligibility rules and their history: DAECT adds a new value with the date it takes
 * effect (files are judged by the values in force on their submission date); AFD reads them.
 */
@Route(value = FicolRoutes.REGLES, layout = MainLayout.class)
@Menu(order = 57, title = "ficol.regles.menu", icon = "vaadin:scale")
@RolesAllowed({Roles.ADMIN, Roles.AFD})
public class FicolReglesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<RegleEligibilite> grid = new Grid<>(RegleEligibilite.class, false);
    final Select<CodeRegle> code = new Select<>();
    final TextField valeur = new TextField();
    final DatePicker dateEffet = new DatePicker();
    final TextField commentaire = new TextField();
    final Button ajouter = new Button();
    private final BeanValidationBinder<RegleEligibilite> binder = new BeanValidationBinder<>(RegleEligibilite.class);

    public FicolReglesView(RegleService service, CurrentUser currentUser) {
        grid.addColumn(r -> getTranslation("ficol.regle." + r.getCode().name()))
                .setKey("code")
                .setHeader(getTranslation("ficol.regles.code"))
                .setSortProperty("code")
                .setFlexGrow(2);
        grid.addColumn(RegleEligibilite::getValeur).setKey("valeur").setHeader(getTranslation("ficol.regles.valeur"));
        grid.addColumn(r -> FicolFormat.date(r.getDateEffet(), getLocale()))
                .setKey("dateEffet")
                .setHeader(getTranslation("ficol.regles.date-effet"))
                .setSortProperty("dateEffet");
        grid.addColumn(RegleEligibilite::getCommentaire)
                .setHeader(getTranslation("ficol.regles.commentaire"))
                .setFlexGrow(3);
        grid.setItems(new CallbackDataProvider<RegleEligibilite, Void>(
                q -> service.find(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) service.count(),
                RegleEligibilite::getId));
        add(new H1(getTranslation("ficol.regles.titre")), new Paragraph(getTranslation("ficol.regles.intro")), grid);

        if (currentUser.isAdmin()) {
            code.setLabel(getTranslation("ficol.regles.code"));
            code.setItems(CodeRegle.values());
            code.setItemLabelGenerator(c -> getTranslation("ficol.regle." + c.name()));
            valeur.setLabel(getTranslation("ficol.regles.valeur"));
            valeur.setHelperText(getTranslation("ficol.regles.valeur.aide"));
            dateEffet.setLabel(getTranslation("ficol.regles.date-effet"));
            commentaire.setLabel(getTranslation("ficol.regles.commentaire"));
            binder.forField(code)
                    .asRequired(getTranslation("ficol.regles.requis"))
                    .bind("code");
            binder.forField(valeur)
                    .asRequired(getTranslation("ficol.regles.requis"))
                    .bind("valeur");
            binder.forField(dateEffet)
                    .asRequired(getTranslation("ficol.regles.requis"))
                    .bind("dateEffet");
            binder.forField(commentaire).bind("commentaire");
            ajouter.setText(getTranslation("ficol.regles.ajouter"));
            ajouter.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            ajouter.addClickListener(e -> ajouter(service));
            HorizontalLayout form = new HorizontalLayout(code, valeur, dateEffet, commentaire, ajouter);
            form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            form.setWrap(true);
            add(new H2(getTranslation("ficol.regles.nouvelle")), form);
        }
        Grids.fillHeight(this, grid);
    }

    private void ajouter(RegleService service) {
        RegleEligibilite regle = RegleEligibilite.blank();
        try {
            binder.writeBean(regle);
            service.save(regle);
            ErrorNotifier.showSuccess(getTranslation("common.saved"));
            binder.readBean(RegleEligibilite.blank());
            grid.getDataProvider().refreshAll();
        } catch (ValidationException e) {
            ErrorNotifier.show(getTranslation("common.error.form-invalid"));
        } catch (RuntimeException e) {
            ErrorNotifier.show(ErrorNotifier.messageFor(e, getLocale()));
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("ficol.regles.titre"));
    }
}
