package fr.coopdec.appels.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.coopdec.appels.AppelDaect;
import fr.coopdec.appels.AppelDaectService;
import fr.coopdec.appels.AppelResume;
import fr.coopdec.appels.AppelsQueries;
import fr.coopdec.appels.AppelsScope;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.shared.crossmodule.YouthCalls;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.ErrorNotifier;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * DAECT's calls for projects: every call with its envelope (budget, granted, left) and applications;
 * DAECT opens and edits calls, an authority applies to an open one. Youth calls, managed in Jeunesse,
 * are listed below as one more kind of call.
 */
@Route(value = AppelsRoutes.APPELS, layout = MainLayout.class)
@Menu(order = 50, title = "appels.menu.appels", icon = "vaadin:megaphone")
@RolesAllowed({Roles.ADMIN, Roles.COLLECTIVITE, Roles.POSTE})
public class AppelsDaectView extends VerticalLayout implements HasDynamicTitle {

    final Grid<AppelResume> grid = new Grid<>(AppelResume.class, false);
    final Grid<YouthCalls.YouthCall> jeunesse = new Grid<>(YouthCalls.YouthCall.class, false);
    final AppelDaectForm form;
    final Button nouveau = new Button();
    final Button enregistrer = new Button();
    private final transient AppelDaectService service;
    private final transient AppelsScope scope;
    private final LocalDate today;
    private AppelDaect current;

    public AppelsDaectView(
            AppelDaectService service,
            AppelsQueries queries,
            AppelsScope scope,
            ReferentialQueries referential,
            List<YouthCalls> youthCalls,
            Clock clock) {
        this.service = service;
        this.scope = scope;
        this.today = LocalDate.now(clock);
        this.form = new AppelDaectForm(referential.allThematiques());
        grid.addColumn(a -> getTranslation("appels.type." + a.type().name()))
                .setHeader(getTranslation("appels.appel.type"))
                .setAutoWidth(true);
        grid.addColumn(AppelResume::intitule)
                .setHeader(getTranslation("appels.appel.intitule"))
                .setKey("intitule")
                .setFlexGrow(3);
        grid.addColumn(a -> AppelsFormat.annees(a.anneeDebut(), a.anneeFin()))
                .setHeader(getTranslation("appels.appel.annees"));
        grid.addColumn(a -> AppelsFormat.date(a.dateOuverture(), getLocale()) + " – "
                        + AppelsFormat.date(a.dateCloture(), getLocale()))
                .setHeader(getTranslation("appels.appel.periode"));
        grid.addColumn(a -> AppelsFormat.euros(a.budget(), getLocale()))
                .setHeader(getTranslation("appels.appel.budget"))
                .setKey("budget");
        grid.addColumn(a -> AppelsFormat.euros(a.engage(), getLocale()))
                .setHeader(getTranslation("appels.appel.engage"))
                .setKey("engage");
        grid.addColumn(a -> AppelsFormat.euros(a.disponible(), getLocale()))
                .setHeader(getTranslation("appels.appel.disponible"))
                .setKey("disponible");
        grid.addColumn(AppelResume::candidatures).setHeader(getTranslation("appels.appel.candidatures"));
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        grid.setItems(q -> queries.appels(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        grid.setHeight("22em");

        jeunesse.addColumn(YouthCalls.YouthCall::annee).setHeader(getTranslation("appels.jeunesse.annee"));
        jeunesse.addColumn(YouthCalls.YouthCall::intitule)
                .setHeader(getTranslation("appels.appel.intitule"))
                .setFlexGrow(3);
        jeunesse.addColumn(YouthCalls.YouthCall::projets).setHeader(getTranslation("appels.jeunesse.projets"));
        jeunesse.addColumn(y -> AppelsFormat.euros(y.subventions(), getLocale()))
                .setHeader(getTranslation("appels.jeunesse.subventions"));
        jeunesse.setItems(
                youthCalls.stream().flatMap(y -> y.youthCalls().stream()).toList());
        jeunesse.setAllRowsVisible(true);

        add(new H1(getTranslation("appels.appels.title")), new Paragraph(getTranslation("appels.appels.intro")), grid);
        if (scope.canManage()) {
            grid.asSingleSelect()
                    .addValueChangeListener(e -> edit(
                            e.getValue() == null
                                    ? blank()
                                    : service.get(e.getValue().id())));
            nouveau.setText(getTranslation("appels.appel.nouveau"));
            nouveau.addClickListener(e -> {
                grid.asSingleSelect().clear();
                edit(blank());
            });
            enregistrer.setText(getTranslation("common.save"));
            enregistrer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            enregistrer.addClickListener(e -> save());
            edit(blank());
            add(new H2(getTranslation("appels.appel.fiche")), form, new HorizontalLayout(nouveau, enregistrer));
        }
        add(
                new H2(getTranslation("appels.jeunesse.title")),
                new Paragraph(getTranslation("appels.jeunesse.intro")),
                jeunesse);
    }

    private Component actions(AppelResume appel) {
        HorizontalLayout actions = new HorizontalLayout();
        Button candidatures = new Button(getTranslation("appels.appel.voir-candidatures"), e -> getUI().ifPresent(
                        ui -> ui.navigate(AppelsRoutes.CANDIDATURES, AppelsRoutes.appel(appel.id()))));
        candidatures.addThemeVariants(ButtonVariant.LUMO_SMALL);
        candidatures.setAriaLabel(getTranslation("appels.appel.voir-candidatures.aria", appel.intitule()));
        actions.add(candidatures);
        if (scope.canApply() && appel.isOuvert(today)) {
            Button candidater = new Button(getTranslation("appels.appel.candidater"), e -> getUI().ifPresent(
                            ui -> ui.navigate(AppelsRoutes.NOUVELLE_CANDIDATURE, AppelsRoutes.appel(appel.id()))));
            candidater.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            candidater.setAriaLabel(getTranslation("appels.appel.candidater.aria", appel.intitule()));
            actions.add(candidater);
        }
        return actions;
    }

    private AppelDaect blank() {
        return AppelDaect.blank(today.getYear() + 1);
    }

    private void edit(AppelDaect appel) {
        current = appel;
        form.binder.readBean(appel);
    }

    private void save() {
        try {
            form.binder.writeBean(current);
        } catch (ValidationException invalid) {
            ErrorNotifier.show(getTranslation("common.error.form-invalid"));
            return;
        }
        ErrorNotifier.attempt(() -> {
            AppelDaect saved = service.save(current);
            ErrorNotifier.showSuccess(getTranslation("appels.appel.enregistre", saved.getIntitule()));
            grid.getDataProvider().refreshAll();
            edit(saved);
        });
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("appels.appels.title"));
    }
}
