package fr.coopdec.atlas.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.atlas.PartenariatPerime;
import fr.coopdec.atlas.StaleData;
import fr.coopdec.security.ui.LoginView;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.KaribuTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FraicheurViewTest extends KaribuTest {

    @Autowired
    AtlasFixtures fixtures;

    @Autowired
    StaleData stale;

    @AfterEach
    void freshen() {
        stale.freshenAll();
    }

    @Test
    void administrator_sees_every_stale_partnership_with_its_last_update() {
        Partenariat benin = stalePartnership("BJ", null);
        Partenariat senegal = stalePartnership("SN", null);
        Partenariat fresh = fixtures.partenariat("Récent " + AtlasFixtures.token(), fixtures.commune("69123"), "BJ");
        login(Role.ADMIN);
        navigate(AtlasRoutes.FRESHNESS);

        FraicheurView view = _get(FraicheurView.class);
        assertThat(ids(view)).contains(benin.getId(), senegal.getId()).doesNotContain(fresh.getId());
        int row = rowOf(view, benin.getId());
        assertThat(GridKt._getFormatted(view.grid, row, "miseAJour")).isNotBlank();
        assertThat(GridKt._getFormatted(view.grid, row, "relance")).isEqualTo("Jamais relancé");
    }

    @Test
    void embassy_post_sees_the_stale_partnerships_of_its_country_only() {
        Partenariat benin = stalePartnership("BJ", null);
        Partenariat senegal = stalePartnership("SN", null);
        login(testUsers.create(Role.POSTE, u -> u.setPays(fixtures.pays("SN"))));
        navigate(AtlasRoutes.FRESHNESS);

        List<PartenariatPerime> lines = GridKt._findAll(_get(FraicheurView.class).grid);
        assertThat(lines)
                .extracting(PartenariatPerime::id)
                .contains(senegal.getId())
                .doesNotContain(benin.getId());
        assertThat(lines).extracting(PartenariatPerime::paysNomFr).containsOnly("Sénégal");
    }

    @Test
    void relancer_sends_one_mail_and_refuses_a_second_one_within_thirty_days() {
        String staff = "ri-" + AtlasFixtures.token() + "@lyon.fr";
        Partenariat p = stalePartnership("BJ", staff);
        login(testUsers.create(Role.POSTE, u -> u.setPays(fixtures.pays("BJ"))));
        navigate(AtlasRoutes.FRESHNESS);
        FraicheurView view = _get(FraicheurView.class);

        _click((Button) GridKt._getCellComponent(view.grid, rowOf(view, p.getId()), FraicheurView.RELANCER_COLUMN));

        NotificationsKt.expectNotifications("Relance envoyée à " + staff + ".");
        assertThat(stale.mailsTo(staff)).isEqualTo(1);
        assertThat(GridKt._getFormatted(view.grid, rowOf(view, p.getId()), "relance"))
                .startsWith("Relancé le ");

        NotificationsKt.clearNotifications();
        _click((Button) GridKt._getCellComponent(view.grid, rowOf(view, p.getId()), FraicheurView.RELANCER_COLUMN));

        DateTimeFormatter format = fr.coopdec.shared.ui.Dates.dateFormatter(java.util.Locale.FRENCH);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        NotificationsKt.expectNotifications("Une relance a déjà été envoyée le " + format.format(today)
                + " : attendez le " + format.format(today.plusDays(30)) + " avant d’en envoyer une autre.");
        assertThat(stale.mailsTo(staff)).isEqualTo(1);
    }

    @Test
    void local_authorities_may_not_open_the_freshness_list() {
        navigate("");
        login(testUsers.create(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(fixtures.commune("69123"))));
        navigate(AtlasRoutes.FRESHNESS);
        assertThatThrownBy(() -> _find(FraicheurView.class))
                .hasMessageContaining("com.vaadin.flow.router.AccessDeniedException");
    }

    @Test
    void anonymous_visitors_are_refused_with_a_link_to_sign_in() {
        UI.getCurrent().getPage().reload();
        navigate(AtlasRoutes.FRESHNESS);
        // anonymous: the French 403 page with a link to sign in (Karibu's error view throws instead)
        assertThatThrownBy(() -> _get(LoginView.class)).hasMessageContaining("AccessDeniedException");
    }

    private Partenariat stalePartnership(String alpha2, String staffEmail) {
        Partenariat p = fixtures.partenariat("Périmé " + AtlasFixtures.token(), fixtures.commune("69123"), alpha2);
        stale.age(p.getId(), 3, staffEmail, null);
        return p;
    }

    private static List<Long> ids(FraicheurView view) {
        return GridKt._findAll(view.grid).stream().map(PartenariatPerime::id).toList();
    }

    private static int rowOf(FraicheurView view, long id) {
        int row = ids(view).indexOf(id);
        assertThat(row).isNotNegative();
        return row;
    }
}
