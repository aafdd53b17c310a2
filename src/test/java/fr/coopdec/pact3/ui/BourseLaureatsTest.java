package fr.coopdec.pact3.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import fr.coopdec.bourse.BourseFixtures;
import fr.coopdec.bourse.FicheBourse;
import fr.coopdec.pact3.Pact3Fixtures;
import fr.coopdec.referential.Thematique;
import fr.coopdec.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A Bourse request and a PACT3 laureate in the same domain point to each other. */
class BourseLaureatsTest extends KaribuTest {

    @Autowired
    BourseFixtures bourse;

    @Autowired
    Pact3Fixtures pact3;

    @Test
    void a_request_suggests_the_pact3_laureates_of_its_domain_and_the_laureates_page_the_requests() {
        pact3.laureat(pact3.collectivite("33063"), "CULTURE");
        FicheBourse demande = bourse.publiee(bourse.etrangere(
                "Commune de Ouidah " + fr.coopdec.atlas.AtlasFixtures.token(), "BJ", 90_000, "CULTURE"));

        navigate("bourse/fiches/" + demande.getId());
        Section laureats = _get(Section.class, spec -> spec.withId("bourse-fiche-laureats"));
        assertThat(_find(laureats, Anchor.class, spec -> spec.withText("Bordeaux")))
                .isNotEmpty();

        navigate("pact3/laureats");
        LaureatsView view = _get(LaureatsView.class);
        Thematique culture = bourse.themes("CULTURE").iterator().next();
        view.theme.setValue(culture);
        Anchor request = _get(view.demandes, Anchor.class, spec -> spec.withText(demande.getNomAffiche()));
        assertThat(request.getHref()).isEqualTo("bourse/fiches/" + demande.getId());
    }
}
