package fr.coopdec.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.security.Utilisateur;
import fr.coopdec.security.UtilisateurFilter;
import fr.coopdec.security.UtilisateurService;
import fr.coopdec.shared.security.Role;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** DAECT's list of accounts: search, create, edit role and scope, disable, reset a password. */
@Route("admin/utilisateurs")
@Menu(order = 90, title = "security.users.menu", icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN)
public class UsersView extends Div implements HasDynamicTitle {

    final TextField search = new TextField(getTranslation("common.search"));
    final Select<Role> roleFilter = new Select<>();
    final Grid<Utilisateur> grid = new Grid<>(Utilisateur.class, false);
    final Button create = new Button(getTranslation("security.users.create"));

    private final UtilisateurService service;
    private final ReferentialQueries referential;

    public UsersView(UtilisateurService service, ReferentialQueries referential) {
        this.service = service;
        this.referential = referential;
        addClassName("list-view");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        roleFilter.setLabel(getTranslation("security.users.role"));
        roleFilter.setEmptySelectionAllowed(true);
        roleFilter.setEmptySelectionCaption(getTranslation("common.all"));
        roleFilter.setItems(Role.values());
        roleFilter.setItemLabelGenerator(
                r -> r == null ? getTranslation("common.all") : getTranslation("security.role." + r.name()));
        roleFilter.addValueChangeListener(e -> refresh());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> open(Utilisateur.blank()));
        configureGrid();
        Div toolbar = new Div(search, roleFilter, create);
        toolbar.addClassName("toolbar");
        add(new H1(getTranslation("security.users.title")), toolbar, grid);
        refresh();
    }

    private void configureGrid() {
        DateTimeFormatter dates =
                fr.coopdec.shared.ui.Dates.dateTimeFormatter(getLocale()).withZone(ZoneId.systemDefault());
        grid.addColumn(Utilisateur::getEmail)
                .setHeader(getTranslation("security.users.email"))
                .setSortProperty("email")
                .setAutoWidth(true);
        grid.addColumn(Utilisateur::getNom)
                .setHeader(getTranslation("security.users.name"))
                .setSortProperty("nom");
        grid.addColumn(u -> getTranslation("security.role." + u.getRole().name()))
                .setHeader(getTranslation("security.users.role"))
                .setSortProperty("role");
        grid.addColumn(this::scope).setHeader(getTranslation("security.users.scope"));
        grid.addColumn(u -> getTranslation(status(u))).setHeader(getTranslation("security.users.status"));
        grid.addColumn(u -> u.getLastLoginAt() == null ? "" : dates.format(u.getLastLoginAt()))
                .setHeader(getTranslation("security.users.last-login"))
                .setSortProperty("lastLoginAt");
        grid.addItemClickListener(e -> service.findById(e.getItem().getId()).ifPresent(this::open));
        grid.setAriaLabel(getTranslation("security.users.title"));
    }

    private String status(Utilisateur user) {
        if (!user.isEnabled()) {
            return "security.users.status.disabled";
        }
        return service.isLocked(user) ? "security.users.status.locked" : "security.users.status.active";
    }

    private String scope(Utilisateur user) {
        if (user.getPays() != null) {
            return user.getPays().getNom(getLocale());
        }
        if (user.getCollectiviteFrancaise() != null) {
            return user.getCollectiviteFrancaise().getLibelle();
        }
        return user.getCollectivitePartenaire() == null
                ? ""
                : user.getCollectivitePartenaire().getNom();
    }

    private void open(Utilisateur user) {
        new UserDialog(service, referential, user, this::refresh).open();
    }

    void refresh() {
        UtilisateurFilter filter = new UtilisateurFilter(search.getValue(), roleFilter.getValue());
        grid.setItems(query -> service.find(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("security.users.title"));
    }
}
