package fr.coopdec.atlas.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.renderer.LitRenderer;
import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.atlas.AtlasUiFixtures;
import fr.coopdec.atlas.NaturePartenariat;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.atlas.PartenariatResume;
import fr.coopdec.atlas.StatutPartenariat;
import fr.coopdec.referential.Pays;
import fr.coopdec.referential.Thematique;
import fr.coopdec.referential.TypeCollectiviteFrancaise;
import fr.coopdec.referential.ZoneMonde;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.KaribuTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AtlasSearchViewTest extends KaribuTest {

    @Autowired
    AtlasFixtures fixtures;

    @Autowired
    AtlasUiFixtures ui;

    private String token;
    private Partenariat eau;

    /** Three partnerships that differ by every criterion: Saint-Étienne–Benin, Bordeaux–Senegal, Lyon–Vietnam. */
    @BeforeEach
    void threePartnerships() {
        token = AtlasFixtures.token();
        eau = ui.partenariat("Eau " + token, fixtures.commune("42218"), fixtures.partenaire("BJ"), p -> {
            p.getThematiques().add(fixtures.thematique("EAU_ASSAINISSEMENT"));
            p.setAnneeDebut(2012);
        });
        ui.partenariat("Culture " + token, fixtures.commune("33063"), fixtures.partenaire("SN"), p -> {
            p.getThematiques().add(fixtures.thematique("CULTURE"));
            p.setStatut(StatutPartenariat.TERMINE);
            p.setNature(NaturePartenariat.JUMELAGE);
            p.setAnneeDebut(2005);
            p.setAnneeFin(2015);
        });
        ui.partenariat("Santé " + token, fixtures.commune("69123"), fixtures.partenaire("VN"), p -> {
            p.setAnneeDebut(2020);
            p.setDescription("Hôpital de Hué, formation des soignants");
        });
    }

    @Test
    void each_filter_narrows_the_list_and_is_written_in_the_url() {
        navigate("atlas?q=" + token);
        AtlasFilterForm form = view().form;
        assertThat(rows()).isEqualTo(3);
        assertThat(view().grid.count.getText()).isEqualTo("3 partenariats");

        _setValue(form.pays, Set.of(fixtures.pays("BJ"), fixtures.pays("SN")));
        assertThat(rows()).isEqualTo(2);
        assertThat(urlParameters()).isEqualTo(Map.of("q", List.of(token), "pays", List.of("BJ", "SN")));
        _setValue(form.pays, Set.<Pays>of());

        check(form.zone, ZoneMonde.ASIE_SUD_EST, 1, "zone", "ASIE_SUD_EST");
        check(form.collectivite, fixtures.commune("42218"), 1, "collectivite", "42218");
        check(form.region, fixtures.francaise(TypeCollectiviteFrancaise.REGION, "84"), 2, "region", "84");
        check(
                form.departement,
                fixtures.francaise(TypeCollectiviteFrancaise.DEPARTEMENT, "33"),
                1,
                "departement",
                "33");
        check(form.statut, StatutPartenariat.TERMINE, 1, "statut", "TERMINE");
        check(form.nature, NaturePartenariat.JUMELAGE, 1, "nature", "JUMELAGE");
        check(form.debutMin, 2010, 2, "debutMin", "2010");
        check(form.debutMax, 2012, 2, "debutMax", "2012");
        _setValue(form.themes, Set.of(fixtures.thematique("CULTURE")));
        assertThat(rows()).isEqualTo(1);
        assertThat(urlParameters()).isEqualTo(Map.of("q", List.of(token), "theme", List.of("CULTURE")));
        _setValue(form.themes, Set.<Thematique>of());
        _setValue(form.texte, "hue " + token);
        assertThat(rows()).isEqualTo(1);
        assertThat(urlParameters()).isEqualTo(Map.of("q", List.of("hue " + token)));
    }

    @Test
    void the_french_authority_is_picked_by_typing_part_of_its_name_among_the_whole_referential() {
        navigate("atlas?q=" + token);
        var collectivite = view().form.collectivite;

        com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput(collectivite, "saint-etienne");

        assertThat(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions(collectivite))
                .contains("Saint-Étienne (42218) · Commune");
        _setValue(
                collectivite,
                com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(collectivite).stream()
                        .filter(c -> c.getCode().equals("42218"))
                        .findFirst()
                        .orElseThrow());
        assertThat(rows()).isEqualTo(1);
        assertThat(urlParameters()).containsEntry("collectivite", List.of("42218"));
    }

    @Test
    void a_shared_address_fills_the_fields_and_shows_its_results() {
        navigate("atlas?q=" + token + "&pays=bj,VN&statut=ACTIF&debutMin=2010&region=84");
        AtlasSearchView view = view();

        assertThat(view.form.texte.getValue()).isEqualTo(token);
        assertThat(view.form.pays.getValue()).extracting(Pays::getCodeAlpha2).containsExactlyInAnyOrder("BJ", "VN");
        assertThat(view.form.statut.getValue()).isEqualTo(StatutPartenariat.ACTIF);
        assertThat(view.form.debutMin.getValue()).isEqualTo(2010);
        assertThat(view.form.region.getValue().getNom()).isEqualTo("Auvergne-Rhône-Alpes");
        assertThat(rows()).isEqualTo(2);
        assertThat(view.chartsLink.getHref())
                .isEqualTo("atlas/carte?q=" + token + "&pays=BJ&pays=VN&region=84&statut=ACTIF&debutMin=2010");
        assertThat(view.invalid.isVisible()).isFalse();
    }

    @Test
    void the_back_button_shows_the_previous_search_again() {
        navigate("atlas?q=" + token);
        _setValue(view().form.statut, StatutPartenariat.TERMINE);
        assertThat(rows()).isEqualTo(1);

        navigate("atlas?q=" + token); // what the browser's Back asks the router for

        assertThat(view().form.statut.getValue()).isNull();
        assertThat(rows()).isEqualTo(3);
    }

    @Test
    void a_wrong_parameter_is_named_in_french_and_ignored_while_the_others_apply() {
        navigate("atlas?q=" + token + "&debutMin=deux-mille&pays=BJ&statut=PERDU");

        AtlasSearchView view = view();
        assertThat(view.invalid.isVisible()).isTrue();
        assertThat(view.invalid.getText())
                .contains("Le paramètre « debutMin » de l’adresse a une valeur incorrecte (« deux-mille »)")
                .contains("« statut »");
        assertThat(view.form.pays.getValue()).extracting(Pays::getCodeAlpha2).containsExactly("BJ");
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void reset_clears_every_field_and_the_address() {
        navigate("atlas?q=" + token + "&statut=TERMINE");
        assertThat(rows()).isEqualTo(1);

        _click(view().reset);

        assertThat(location()).isEqualTo("atlas");
        assertThat(view().form.texte.getValue()).isEmpty();
        assertThat(view().form.statut.getValue()).isNull();
        assertThat(view().chartsLink.getHref()).isEqualTo("atlas/carte");
    }

    @Test
    void a_title_leads_to_the_partnership_page() {
        navigate("atlas?q=eau+" + token);
        PartenariatResume row = GridKt._get(view().grid, 0);
        var renderer = (LitRenderer<PartenariatResume>)
                view().grid.getColumnByKey(PartenariatGrid.TITLE_COLUMN).getRenderer();
        assertThat(renderer.getValueProviders().get("intitule").apply(row)).isEqualTo("Eau " + token);
        Object href = renderer.getValueProviders().get("href").apply(row);
        assertThat(href).isEqualTo("atlas/partenariats/" + eau.getId());

        navigate((String) href); // what the router does with a click on the link

        assertThat(_get(PartenariatView.class)).isNotNull();
    }

    @Test
    void the_public_sees_no_creation_button_but_may_export_the_search_as_csv() {
        navigate("atlas");
        assertThat(_find(Button.class, spec -> spec.withId("atlas-new"))).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("atlas-export"))).isSameAs(view().exportSlot());
        assertThat(_find(view().exportSlot(), CsvExportButton.class)).hasSize(2);
        assertThat(_find(view().exportSlot(), Button.class))
                .extracting(Button::getText)
                .containsExactly("Exporter les partenariats (CSV)", "Exporter les projets (CSV)");
        assertThat(view().currentFilter().paysCodes()).isEmpty();
    }

    @Test
    void contributors_may_create_a_partnership_others_may_not() {
        login(Role.AFD);
        navigate("atlas");
        assertThat(_find(Button.class, spec -> spec.withId("atlas-new"))).isEmpty();

        login(Role.COLLECTIVITE);
        navigate("atlas");
        assertThat(_get(Button.class, spec -> spec.withId("atlas-new")).getText())
                .isEqualTo("Nouveau partenariat");
    }

    /** Sets one field: fewer rows, and the parameter joins the address; then clears it again. */
    private <V> void check(
            com.vaadin.flow.component.HasValue<?, V> field, V value, int expected, String parameter, String inUrl) {
        _setValue(field, value);
        assertThat(rows()).as(parameter).isEqualTo(expected);
        assertThat(location()).startsWith("atlas?");
        assertThat(urlParameters()).isEqualTo(Map.of("q", List.of(token), parameter, List.of(inUrl)));
        _setValue(field, null);
        assertThat(rows()).isEqualTo(3);
    }

    private static AtlasSearchView view() {
        return _get(AtlasSearchView.class);
    }

    private static int rows() {
        return GridKt._size(view().grid);
    }

    private static Map<String, List<String>> urlParameters() {
        return UI.getCurrent()
                .getInternals()
                .getActiveViewLocation()
                .getQueryParameters()
                .getParameters();
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
