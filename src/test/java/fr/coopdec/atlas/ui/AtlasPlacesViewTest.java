package fr.coopdec.atlas.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouterLink;
import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.atlas.AtlasQueries;
import fr.coopdec.atlas.AtlasUiFixtures;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.atlas.PartenariatFilter;
import fr.coopdec.atlas.PartenariatResume;
import fr.coopdec.atlas.Projet;
import fr.coopdec.atlas.StatutPartenariat;
import fr.coopdec.referential.CollectivitePartenaire;
import fr.coopdec.support.KaribuTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The authority and country pages. */
class AtlasPlacesViewTest extends KaribuTest {

    @Autowired
    AtlasFixtures fixtures;

    @Autowired
    AtlasUiFixtures ui;

    @Autowired
    AtlasQueries queries;

    @Test
    void a_foreign_authority_page_lists_its_partnerships_and_links_to_its_country() {
        CollectivitePartenaire partenaire = fixtures.partenaire("BJ");
        String token = AtlasFixtures.token();
        ui.partenariat("Un " + token, fixtures.commune("42218"), partenaire, p -> {});
        ui.partenariat("Deux " + token, fixtures.commune("33063"), partenaire, p -> {});
        fixtures.partenariat("Autre " + token, fixtures.commune("33063"), "BJ");

        navigate("atlas/collectivites/etr-" + partenaire.getId());

        CollectiviteAtlasView view = _get(CollectiviteAtlasView.class);
        assertThat(view.title.getText()).isEqualTo(partenaire.getNom());
        assertThat(view.facts.getElement().getTextRecursively()).contains("Commune", "Bénin");
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(view.grid.count.getText()).isEqualTo("2 partenariats");
        assertThat(GridKt._findAll(view.grid))
                .extracting(PartenariatResume::intitule)
                .containsExactly("Deux " + token, "Un " + token);
        assertThat(_find(RouterLink.class))
                .extracting(RouterLink::getHref)
                .contains("atlas/pays/BJ", "atlas?partenaire=" + partenaire.getId());
    }

    @Test
    void a_french_authority_page_lists_its_partnerships() {
        String token = AtlasFixtures.token();
        Partenariat brest = fixtures.partenariat("Brest " + token, fixtures.commune("29019"), "SN");

        navigate("atlas/collectivites/29019");

        CollectiviteAtlasView view = _get(CollectiviteAtlasView.class);
        assertThat(view.title.getText()).isEqualTo("Brest");
        assertThat(view.facts.getElement().getTextRecursively()).contains("Commune", "29019");
        assertThat(GridKt._findAll(view.grid)).extracting(PartenariatResume::id).contains(brest.getId());
        assertThat(GridKt._size(view.grid)).isEqualTo((int) queries.count(PartenariatFilter.builder()
                .collectiviteFrancaise(fixtures.commune("29019").getId())
                .build()));
    }

    @Test
    void a_region_page_leads_to_the_partnerships_of_every_authority_inside_it() {
        navigate("atlas/collectivites/reg-53");

        CollectiviteAtlasView view = _get(CollectiviteAtlasView.class);
        assertThat(view.title.getText()).isEqualTo("Bretagne");
        assertThat(_find(RouterLink.class))
                .extracting(RouterLink::getHref)
                .contains("atlas?region=53", "atlas?collectivite=reg-53");
    }

    @Test
    void unknown_authorities_give_a_french_not_found_page() {
        navigate("atlas/collectivites/etr-999999999999");
        assertThat(_get(AtlasNotFoundView.class).message.getText()).startsWith("Aucune collectivité ne correspond");

        navigate("atlas/collectivites/nimporte-quoi");
        assertThat(_get(AtlasNotFoundView.class).message.getText()).startsWith("Aucune collectivité ne correspond");
        assertThat(_find(CollectiviteAtlasView.class)).isEmpty();
    }

    @Test
    void a_country_page_counts_partnerships_and_projects_and_lists_partners_and_themes() {
        String token = AtlasFixtures.token();
        CollectivitePartenaire partenaire = fixtures.partenaire("UY");
        ui.partenariat("Montevideo " + token, fixtures.commune("29019"), partenaire, p -> {
            p.getThematiques().add(fixtures.thematique("CULTURE"));
            p.addProjet(new Projet("Festival " + token));
        });
        ui.partenariat(
                "Ancien " + token, fixtures.commune("29019"), partenaire, p -> p.setStatut(StatutPartenariat.TERMINE));
        PartenariatFilter uruguay = PartenariatFilter.builder().pays("UY").build();

        navigate("atlas/pays/uy");

        PaysAtlasView view = _get(PaysAtlasView.class);
        String counts = _get(DescriptionList.class, spec -> spec.withId("atlas-pays-chiffres"))
                .getElement()
                .getTextRecursively();
        long total = queries.count(uruguay);
        long actifs = queries.count(
                uruguay.toBuilder().statut(StatutPartenariat.ACTIF).build());
        assertThat(actifs).isLessThan(total);
        assertThat(counts)
                .isEqualTo("Partenariats" + AtlasFormat.number(total, Locale.FRENCH)
                        + "Partenariats actifs" + AtlasFormat.number(actifs, Locale.FRENCH)
                        + "Projets" + AtlasFormat.number(queries.countProjets(uruguay), Locale.FRENCH));
        assertThat(_get(Section.class, spec -> spec.withId("atlas-pays-partenaires"))
                        .getElement()
                        .getTextRecursively())
                .contains(partenaire.getNom() + " (2 partenariats)");
        assertThat(_get(Section.class, spec -> spec.withId("atlas-pays-thematiques"))
                        .getElement()
                        .getTextRecursively())
                .contains("Culture et patrimoine : ");
        assertThat(_get(RouterLink.class, spec -> spec.withId("atlas-pays-recherche"))
                        .getHref())
                .isEqualTo("atlas?pays=UY");
        assertThat(view.getPageTitle()).isEqualTo("Uruguay · CoopDec");
    }

    @Test
    void an_unknown_country_gives_a_french_not_found_page() {
        navigate("atlas/pays/QQ");
        assertThat(_get(AtlasNotFoundView.class).message.getText())
                .isEqualTo("Aucun pays ne correspond à ce code. Vérifiez le lien ou cherchez dans l’Atlas.");
    }
}
