package fr.coopdec.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.security.Utilisateur;
import fr.coopdec.security.UtilisateurFilter;
import fr.coopdec.security.UtilisateurService;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.KaribuTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

class UsersViewTest extends KaribuTest {

    @Autowired
    UtilisateurService service;

    @Autowired
    ReferentialQueries referential;

    private UsersView view;

    @BeforeEach
    void openAsAdministrator() {
        login(Role.ADMIN);
        navigate("admin/utilisateurs");
        view = _get(UsersView.class);
    }

    @Test
    void administrator_creates_a_user_who_then_appears_in_the_list() {
        String email = unique("afd");
        UserDialog dialog = openCreation();
        fill(dialog.form, email, "Agnès Fournier", Role.AFD, "un-mot-de-passe-long");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        _setValue(view.search, email);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).getNom()).isEqualTo("Agnès Fournier");
    }

    @Test
    void short_password_is_refused_next_to_the_field_and_the_input_is_kept() {
        String email = unique("court");
        UserDialog dialog = openCreation();
        fill(dialog.form, email, "Paul Court", Role.AFD, "trop-court");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.form.password.isInvalid()).isTrue();
        assertThat(dialog.form.password.getErrorMessage())
                .isEqualTo("Le mot de passe doit compter entre 12 et 72 caractères.");
        assertThat(dialog.form.email.getValue()).isEqualTo(email);
        assertThat(service.find(new UtilisateurFilter(email, null), Pageable.unpaged())
                        .getTotalElements())
                .isZero();
    }

    @Test
    void duplicate_email_is_refused_next_to_the_email_field() {
        String existing = testUsers.create(Role.AFD);
        UserDialog dialog = openCreation();
        fill(dialog.form, existing.toUpperCase(), "Doublon", Role.AFD, "un-mot-de-passe-long");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.form.email.isInvalid()).isTrue();
        assertThat(dialog.form.email.getErrorMessage()).startsWith("Un compte existe déjà avec l’adresse");
        assertThat(dialog.form.nom.getValue()).isEqualTo("Doublon");
    }

    @Test
    void embassy_post_needs_a_country() {
        UserDialog dialog = openCreation();
        fill(dialog.form, unique("poste"), "Poste sans pays", Role.POSTE, "un-mot-de-passe-long");
        assertThat(dialog.form.pays.isVisible()).isTrue();
        _click(dialog.save);

        assertThat(dialog.form.pays.isInvalid()).isTrue();
        assertThat(dialog.form.pays.getErrorMessage())
                .isEqualTo("Un compte de poste diplomatique doit être rattaché à un pays.");

        _setValue(dialog.form.pays, referential.findPays("BJ").orElseThrow());
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void administrator_disables_an_account() {
        String email = testUsers.create(Role.VOLONTARIAT);
        UserDialog dialog = openEdition(email);
        _setValue(dialog.form.enabled, false);
        _click(dialog.save);

        assertThat(findUser(email).isEnabled()).isFalse();
    }

    @Test
    void concurrent_edit_is_explained_and_the_input_is_kept() {
        String email = testUsers.create(Role.VOLONTARIAT);
        UserDialog dialog = openEdition(email);
        Utilisateur elsewhere = findUser(email);
        elsewhere.setNom("Modifié ailleurs");
        service.update(elsewhere);

        _setValue(dialog.form.nom, "Ma modification");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.form.nom.getValue()).isEqualTo("Ma modification");
        NotificationsKt.expectNotifications(
                "Quelqu’un d’autre a modifié cette fiche pendant que vous la modifiiez. "
                        + "Vos saisies sont conservées : rechargez la fiche pour voir sa version actuelle, puis reportez vos modifications.");
        assertThat(findUser(email).getNom()).isEqualTo("Modifié ailleurs");
    }

    @Test
    void embassy_post_may_not_open_the_users_view() {
        navigate("");
        logout();
        login(testUsers.create(
                Role.POSTE, u -> u.setPays(referential.findPays("BJ").orElseThrow())));
        navigate("admin/utilisateurs");
        // Karibu turns Vaadin's access-denied error view into a failure that names the cause.
        assertThatThrownBy(() -> _find(UsersView.class))
                .hasMessageContaining("com.vaadin.flow.router.AccessDeniedException");
    }

    @Test
    void an_anonymous_visitor_is_refused_and_comes_back_to_the_page_after_signing_in() {
        logout();
        UI.getCurrent().getPage().reload();
        navigate("admin/utilisateurs");
        // the French 403 page with a link to sign in, not the login form (Karibu's error view throws instead)
        assertThatThrownBy(() -> _get(LoginView.class)).hasMessageContaining("AccessDeniedException");
        // where the login success handler sends the reader back
        var session = VaadinSession.getCurrent().getSession();
        assertThat(session.getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT))
                .isEqualTo("admin/utilisateurs");
        assertThat((String) session.getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT_ABSOLUTE))
                .endsWith("/admin/utilisateurs")
                .doesNotContain("utilisateursadmin");
    }

    @Test
    void the_service_refuses_non_administrators() {
        logout();
        login(Role.AFD);
        assertThatThrownBy(() -> service.find(UtilisateurFilter.none(), Pageable.ofSize(10)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private UserDialog openCreation() {
        _click(view.create);
        return _get(UserDialog.class);
    }

    private UserDialog openEdition(String email) {
        _setValue(view.search, email);
        GridKt._clickItem(view.grid, 0);
        return _get(UserDialog.class);
    }

    private Utilisateur findUser(String email) {
        return service.find(new UtilisateurFilter(email, null), Pageable.ofSize(1))
                .getContent()
                .get(0);
    }

    private static void fill(UserForm form, String email, String nom, Role role, String password) {
        _setValue(form.email, email);
        _setValue(form.nom, nom);
        _setValue(form.role, role);
        _setValue(form.password, password);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID() + "@exemple.fr";
    }
}
