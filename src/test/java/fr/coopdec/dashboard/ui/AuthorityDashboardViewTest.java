package fr.coopdec.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Section;
import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.atlas.StaleData;
import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuthorityDashboardViewTest extends KaribuTest {

    @Autowired
    AtlasFixtures fixtures;

    @Autowired
    StaleData stale;

    @AfterEach
    void freshen() {
        stale.freshenAll();
    }

    @Test
    void the_360_page_lists_the_authoritys_partnerships_and_flags_the_stale_ones() {
        CollectiviteFrancaise lille = fixtures.commune("59350");
        Partenariat fresh = fixtures.partenariat("Frais " + AtlasFixtures.token(), lille, "BJ");
        Partenariat old = fixtures.partenariat("Vieux " + AtlasFixtures.token(), lille, "SN");
        stale.age(old.getId(), 3, null, null);
        login(Role.ADMIN);
        navigate("tableau-de-bord/collectivites/59350");

        assertThat(_get(H1.class).getText()).isEqualTo("Fiche 360° — Lille");
        Section atlas = _get(Section.class, spec -> spec.withId("authority-dashboard-atlas-activity"));
        Anchor freshLink = _get(atlas, Anchor.class, spec -> spec.withText(fresh.getIntitule()));
        assertThat(freshLink.getHref()).isEqualTo("atlas/partenariats/" + fresh.getId());
        Anchor oldLink = _get(atlas, Anchor.class, spec -> spec.withText(old.getIntitule()));
        assertThat(oldLink.getParent().orElseThrow().getElement().getTextRecursively())
                .contains("à actualiser");
        assertThat(freshLink.getParent().orElseThrow().getElement().getTextRecursively())
                .doesNotContain("à actualiser");
    }

    @Test
    void an_administrator_opens_a_360_page_by_typing_the_authoritys_name() {
        login(Role.ADMIN);
        navigate("tableau-de-bord");
        @SuppressWarnings("unchecked")
        ComboBox<CollectiviteFrancaise> picker = _get(ComboBox.class, spec -> spec.withId("dashboard-collectivite"));
        picker.setValue(fixtures.commune("59350"));

        assertThat(_get(H1.class).getText()).isEqualTo("Fiche 360° — Lille");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("tableau-de-bord/collectivites/59350");
    }

    @Test
    void a_local_authority_may_not_open_another_authoritys_page() {
        login(testUsers.create(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(fixtures.commune("75056"))));
        navigate("tableau-de-bord/collectivites/75056");
        assertThat(_get(H1.class).getText()).isEqualTo("Fiche 360° — Paris");

        navigate("tableau-de-bord/collectivites/59350");
        assertThat(_get(H1.class).getText()).isEqualTo("Accès refusé");
        assertThat(_find(Anchor.class, spec -> spec.withText("Lille"))).isEmpty();
    }

    @Test
    void an_unknown_code_gets_a_french_explanation() {
        login(Role.ADMIN);
        navigate("tableau-de-bord/collectivites/00000");
        assertThat(_get(H1.class).getText()).isEqualTo("Collectivité introuvable");
        assertThat(
                        _get(
                                com.vaadin.flow.component.html.Paragraph.class,
                                spec -> spec.withText(
                                        "Aucune collectivité française ne porte le code « 00000 ». Cherchez-la par son nom dans le tableau de bord.")))
                .isNotNull();
    }
}
