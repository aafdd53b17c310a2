package fr.coopdec.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.atlas.StaleData;
import fr.coopdec.referential.Pays;
import fr.coopdec.shared.dashboard.DashboardAlert;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class DashboardViewTest extends KaribuTest {

    @Autowired
    AtlasFixtures fixtures;

    @Autowired
    StaleData stale;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void freshen() {
        stale.freshenAll();
    }

    @Test
    void administrator_sees_the_national_figures_computed_by_sql_each_a_link_to_its_list() {
        fixtures.partenariat("Tableau " + AtlasFixtures.token(), fixtures.commune("69123"), "BJ");
        login(Role.ADMIN);
        navigate("tableau-de-bord");

        assertThat(_get(H1.class).getText()).isEqualTo("Tableau de bord — France entière");
        assertThat(figure("dashboard-atlas-partenariats"))
                .isEqualTo(number("SELECT COUNT(*) FROM partenariat WHERE statut = 'ACTIF'"));
        assertThat(figure("dashboard-atlas-collectivites"))
                .isEqualTo(
                        number(
                                "SELECT COUNT(DISTINCT x.collectivite_francaise_id)"
                                        + " FROM partenariat p JOIN partenariat_collectivite_francaise x ON x.partenariat_id = p.id WHERE p.statut = 'ACTIF'"));
        assertThat(figure("dashboard-atlas-pays"))
                .isEqualTo(number("SELECT COUNT(DISTINCT pays_id) FROM partenariat WHERE statut = 'ACTIF'"));
        assertThat(figure("dashboard-atlas-projets"))
                .isEqualTo(number("SELECT COUNT(*) FROM projet pr"
                        + " JOIN partenariat p ON p.id = pr.partenariat_id WHERE p.statut = 'ACTIF'"));
        assertThat(figure("dashboard-jeunesse-envoi"))
                .isEqualTo(number(
                        "SELECT COUNT(*) FROM jeunesse_mission WHERE direction = 'ENVOI' AND statut = 'EN_COURS'"));
        assertThat(card("dashboard-jeunesse-envoi").getHref())
                .isEqualTo("jeunesse/missions?direction=ENVOI&statut=EN_COURS");
        assertThat(figure("dashboard-pact3-appels"))
                .isEqualTo(number("SELECT COUNT(*) FROM pact3_appel"
                        + " WHERE CURRENT_DATE BETWEEN date_ouverture AND date_cloture"));
        assertThat(figure("dashboard-ficol-demande"))
                .isEqualTo(number("SELECT COALESCE(ROUND(SUM(montant_demande)), 0)"
                        + " FROM ficol_dossier WHERE statut IN ('DEPOSE', 'ELIGIBILITE', 'INSTRUCTION', 'COMITE')"));
        assertThat(figure("dashboard-bourse-attente"))
                .isEqualTo(number("SELECT COUNT(*) FROM bourse_fiche WHERE statut IN ('SOUMISE', 'EN_REVUE')"));
        assertThat(card("dashboard-bourse-attente").getHref()).isEqualTo("bourse/moderation");
        assertThat(card("dashboard-ficol-demande").getHref()).isEqualTo("ficol/tableau-de-bord");
        assertThat(card("dashboard-atlas-partenariats").getHref()).isEqualTo("atlas?statut=ACTIF");
        assertThat(card("dashboard-atlas-pays").getHref()).isEqualTo("atlas/carte?statut=ACTIF");
    }

    @Test
    void administrator_narrows_the_dashboard_to_a_country_and_back() {
        login(Role.ADMIN);
        navigate("tableau-de-bord");
        @SuppressWarnings("unchecked")
        ComboBox<Pays> pays = _get(ComboBox.class, spec -> spec.withId("dashboard-pays"));
        pays.setValue(fixtures.pays("SN"));

        assertThat(_get(H1.class).getText()).isEqualTo("Tableau de bord — Sénégal");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("tableau-de-bord?pays=SN");
        assertThat(figure("dashboard-atlas-partenariats")).isEqualTo(activeIn("SN"));
        assertThat(card("dashboard-atlas-partenariats").getHref()).isEqualTo("atlas?pays=SN&statut=ACTIF");
        assertThat(card("dashboard-bourse-attente").getHref()).isEqualTo("bourse/moderation?pays=SN");
        assertThat(card("dashboard-pact3-missions").getHref()).isEqualTo("pact3/missions?pays=SN");
        assertThat(card("dashboard-ficol-demande").getHref()).isEqualTo("ficol/dossiers?pays=SN");
        assertThat(card("dashboard-jeunesse-envoi").getHref())
                .isEqualTo("jeunesse/missions?direction=ENVOI&statut=EN_COURS&pays=SN");

        // each list opens narrowed to the country
        for (String link : List.of(
                "bourse/moderation?pays=SN",
                "pact3/missions?pays=SN",
                "ficol/dossiers?pays=SN",
                "jeunesse/missions?direction=ENVOI&statut=EN_COURS&pays=SN")) {
            navigate(link);
            @SuppressWarnings("unchecked")
            ComboBox<Pays> filter = _get(ComboBox.class, spec -> spec.withLabel("Pays"));
            assertThat(filter.getValue())
                    .as(link)
                    .isNotNull()
                    .extracting(Pays::getCodeAlpha2)
                    .isEqualTo("SN");
        }
    }

    @Test
    void embassy_post_sees_its_country_whatever_the_address_asks_for() {
        fixtures.partenariat("Poste " + AtlasFixtures.token(), fixtures.commune("69123"), "BJ");
        login(testUsers.create(Role.POSTE, u -> u.setPays(fixtures.pays("BJ"))));
        navigate("tableau-de-bord?pays=SN");

        assertThat(_get(H1.class).getText()).isEqualTo("Tableau de bord — Bénin");
        assertThat(figure("dashboard-atlas-partenariats")).isEqualTo(activeIn("BJ"));
        assertThat(_find(ComboBox.class, spec -> spec.withId("dashboard-pays"))).isEmpty();
        assertThat(card("dashboard-bourse-attente").getHref()).isEqualTo("bourse/poste");
    }

    @Test
    void stale_records_of_the_scope_are_listed_as_alerts_with_their_owner() {
        Partenariat old = fixtures.partenariat("Ancien " + AtlasFixtures.token(), fixtures.commune("69123"), "MG");
        stale.age(old.getId(), 40, null, null);
        login(testUsers.create(Role.POSTE, u -> u.setPays(fixtures.pays("MG"))));
        navigate("tableau-de-bord");

        @SuppressWarnings("unchecked")
        Grid<DashboardAlert> alerts = _get(Grid.class, spec -> spec.withId("dashboard-alerts-grid"));
        List<DashboardAlert> lines = GridKt._findAll(alerts);
        assertThat(lines).extracting(DashboardAlert::subject).contains(old.getIntitule());
        DashboardAlert alert = lines.stream()
                .filter(a -> a.subject().equals(old.getIntitule()))
                .findFirst()
                .orElseThrow();
        assertThat(alert.owner()).isEqualTo("Lyon");
        assertThat(alert.link()).isEqualTo("atlas/partenariats/" + old.getId());
    }

    @Test
    void local_authority_sees_its_own_figures_and_a_link_to_its_360_page() {
        fixtures.partenariat("Soi " + AtlasFixtures.token(), fixtures.commune("75056"), "SN");
        long paris = fixtures.commune("75056").getId();
        login(testUsers.create(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(fixtures.commune("75056"))));
        navigate("tableau-de-bord");

        assertThat(_get(H1.class).getText()).isEqualTo("Tableau de bord — Paris");
        assertThat(figure("dashboard-atlas-partenariats"))
                .isEqualTo(number("SELECT COUNT(*) FROM partenariat p"
                        + " JOIN partenariat_collectivite_francaise x ON x.partenariat_id = p.id"
                        + " WHERE p.statut = 'ACTIF' AND x.collectivite_francaise_id = " + paris));
        assertThat(_get(Anchor.class, spec -> spec.withId("dashboard-own-authority"))
                        .getHref())
                .isEqualTo("tableau-de-bord/collectivites/75056");
    }

    @Test
    void the_dashboard_is_refused_to_anonymous_visitors_and_to_other_roles() {
        navigate("tableau-de-bord");
        // anonymous: the French 403 page with a link to sign in (Karibu's error view throws instead)
        assertThatThrownBy(() -> _find(DashboardView.class)).hasMessageContaining("AccessDeniedException");

        login(Role.VOLONTARIAT);
        navigate("tableau-de-bord");
        // Karibu turns Vaadin's access-denied error view into a failure that names the cause.
        assertThatThrownBy(() -> _find(DashboardView.class))
                .hasMessageContaining("com.vaadin.flow.router.AccessDeniedException");
    }

    private long figure(String id) {
        String text =
                card(id).getChildren().findFirst().orElseThrow().getElement().getText();
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }

    private Anchor card(String id) {
        return _get(Anchor.class, spec -> spec.withId("figure-" + id));
    }

    private long activeIn(String alpha2) {
        return number("SELECT COUNT(*) FROM partenariat p JOIN pays py ON py.id = p.pays_id"
                + " WHERE p.statut = 'ACTIF' AND py.code_alpha2 = '" + alpha2 + "'");
    }

    private long number(String sql) {
        Long value = jdbc.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }
}
