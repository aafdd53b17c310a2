package fr.coopdec.jeunesse.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.jeunesse.Direction;
import fr.coopdec.jeunesse.JeunesseFixtures;
import fr.coopdec.jeunesse.LigneReciprocite;
import fr.coopdec.jeunesse.StatutMission;
import fr.coopdec.jeunesse.Volontaire;
import fr.coopdec.referential.CollectivitePartenaire;
import fr.coopdec.shared.security.Role;
import fr.coopdec.shared.ui.EChart;
import fr.coopdec.support.KaribuTest;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReciprociteViewTest extends KaribuTest {

    @Autowired
    JeunesseFixtures fixtures;

    @Test
    void the_reciprocity_of_a_partnership_shows_sent_hosted_balance_and_trend_per_year() {
        String token = AtlasFixtures.token();
        Partenariat p =
                fixtures.atlas.partenariat("Chambéry – Ouahigouya " + token, fixtures.atlas.commune("73065"), "BF");
        CollectivitePartenaire ouahigouya =
                p.getCollectivitesPartenaires().iterator().next();
        IntStream.range(0, 3).forEach(i -> place(token + i, Direction.ENVOI, p, ouahigouya, 2023));
        place(token + "a", Direction.ACCUEIL, p, ouahigouya, 2023);
        place(token + "b", Direction.ENVOI, p, ouahigouya, 2024);
        place(token + "c", Direction.ACCUEIL, p, ouahigouya, 2024);

        login(Role.VOLONTARIAT);
        navigate(JeunesseRoutes.reciprocitePartenariat(p.getId()));
        ReciprocitePartenariatView view = _get(ReciprocitePartenariatView.class);

        assertThat(view.totaux.getText()).isEqualTo("Au total : 4 envoyé(s), 2 accueilli(s), solde 2.");
        assertThat(view.annees.getListDataView().getItems())
                .containsExactly(
                        new LigneReciprocite("2023", "2023", 3, 1), new LigneReciprocite("2024", "2024", 1, 1));
        assertThat(GridKt._getFormattedRow(view.annees, 0)).containsExactly("2023", "3", "1", "2");
        assertThat(_get(view, EChart.class).getOption())
                .contains("\"Envoyés\"", "\"Accueillis\"", "\"Solde\"", "[3,1]");
        assertThat(view.getElement().getText() + textOf(view)).contains("la réciprocité s’équilibre");
    }

    @Test
    void a_local_authority_outside_the_partnership_sees_no_figure_of_it() {
        String token = AtlasFixtures.token();
        Partenariat p =
                fixtures.atlas.partenariat("Grenoble – Ouagadougou " + token, fixtures.atlas.commune("38185"), "BF");
        place(
                token,
                Direction.ENVOI,
                p,
                p.getCollectivitesPartenaires().iterator().next(),
                2024);

        login(testUsers.create(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(fixtures.atlas.commune("44109"))));
        navigate(JeunesseRoutes.reciprocitePartenariat(p.getId()));
        assertThat(_get(ReciprocitePartenariatView.class).totaux.getText())
                .isEqualTo("Au total : 0 envoyé(s), 0 accueilli(s), solde 0.");

        login(testUsers.create(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(fixtures.atlas.commune("38185"))));
        navigate(JeunesseRoutes.reciprocitePartenariat(p.getId()));
        assertThat(_get(ReciprocitePartenariatView.class).totaux.getText())
                .isEqualTo("Au total : 1 envoyé(s), 0 accueilli(s), solde 1.");
    }

    private void place(String suffix, Direction direction, Partenariat p, CollectivitePartenaire partenaire, int year) {
        Volontaire v = fixtures.volontaire("Reci" + suffix, LocalDate.of(2000, 1, 1));
        fixtures.mission(
                v,
                direction,
                p.getCollectivitesFrancaises().iterator().next(),
                partenaire,
                LocalDate.of(year, 3, 1),
                LocalDate.of(year, 9, 1),
                StatutMission.TERMINEE,
                p.getId());
    }

    private static String textOf(com.vaadin.flow.component.Component c) {
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(c, com.vaadin.flow.component.html.Paragraph.class)
                .stream()
                .map(com.vaadin.flow.component.html.Paragraph::getText)
                .reduce("", String::concat);
    }
}
