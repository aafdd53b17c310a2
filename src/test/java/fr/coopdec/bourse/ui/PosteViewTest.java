package fr.coopdec.bourse.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.bourse.BourseFixtures;
import fr.coopdec.bourse.FicheBourse;
import fr.coopdec.bourse.NotificationPoste;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class PosteViewTest extends KaribuTest {

    @Autowired
    BourseFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_post_sees_the_notifications_and_sheets_of_its_country_and_gives_its_opinion() {
        String t = AtlasFixtures.token();
        FicheBourse ghana = fixtures.publiee(fixtures.francaise("Ghana " + t, List.of("GH"), "SANTE"));
        FicheBourse kenya = fixtures.publiee(fixtures.francaise("Kenya " + t, List.of("KE"), "SANTE"));
        String poste = testUsers.create(Role.POSTE, u -> u.setPays(fixtures.pays("GH")));
        login(poste);
        navigate(BourseRoutes.POSTE);
        PosteView view = _get(PosteView.class);

        List<Long> notified = GridKt._findAll(view.notifications).stream()
                .map(n -> n.getFiche().getId())
                .toList();
        assertThat(notified).contains(ghana.getId()).doesNotContain(kenya.getId());
        List<Long> sheets =
                GridKt._findAll(view.fiches).stream().map(FicheBourse::getId).toList();
        assertThat(sheets).contains(ghana.getId()).doesNotContain(kenya.getId());

        int row = GridKt._findAll(view.notifications).stream()
                .map(NotificationPoste::getFiche)
                .map(FicheBourse::getId)
                .toList()
                .indexOf(ghana.getId());
        _click((Button) GridKt._getCellComponent(view.notifications, row, "action"));
        assertThat(jdbc.queryForObject(
                        "SELECT lue FROM bourse_notification WHERE fiche_id = ?", Boolean.class, ghana.getId()))
                .isTrue();
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip();
        assertThat(GridKt._getFormatted(view.notifications, row, "etat")).isEqualTo("Lue");

        view.fiches.select(GridKt._findAll(view.fiches).stream()
                .filter(f -> f.getId().equals(ghana.getId()))
                .findFirst()
                .orElseThrow());
        assertThat(view.detail.getElement().getTextRecursively())
                .contains("Santé de base")
                .doesNotContain("@mairie-lyon.fr");
        _setValue(view.avis, "Collectivité connue du poste.");
        _click(view.donnerAvis);
        NotificationsKt.expectNotifications("Avis enregistré.");
        assertThat(jdbc.queryForObject(
                        "SELECT auteur FROM bourse_avis WHERE fiche_id = ?", String.class, ghana.getId()))
                .isEqualTo(poste);
    }

    @Test
    void local_authorities_may_not_open_the_post_page() {
        navigate("");
        login(Role.COLLECTIVITE);
        navigate(BourseRoutes.POSTE);
        assertThatThrownBy(() -> _find(PosteView.class))
                .hasMessageContaining("com.vaadin.flow.router.AccessDeniedException");
    }
}
