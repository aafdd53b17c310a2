package fr.coopdec.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.router.RouteConfiguration;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.KaribuTest;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every route with a parameter, given hostile values, never crashes (NumberFormatException, HTTP 500).
 * Numeric ids are constrained in the route templates: a hostile value matches no route, so Vaadin
 * takes its "not found" path (NotFoundException, the French 404 view), while a well-formed id still
 * reaches the view. Signed in as DAECT so that access rules do not hide a crash.
 */
class RouteParametersTest extends KaribuTest {

    @ParameterizedTest
    @CsvSource({
        "assises/evenements/{}/inscription, fr.coopdec.assises.ui.InscriptionView",
        "assises/gestion/{}/programme, fr.coopdec.assises.ui.ProgrammeEditView",
        "assises/gestion/{}/participants, fr.coopdec.assises.ui.ParticipantsView",
        "assises/gestion/{}/pointage, fr.coopdec.assises.ui.PointageView",
        "assises/gestion/{}/suivi, fr.coopdec.assises.ui.SuiviView",
        "assises/gestion/{}/origines, fr.coopdec.assises.ui.OriginesView",
        "assises/gestion/evenement/{}, fr.coopdec.assises.ui.EvenementEditView",
        "pact3/appels/{}/jury, fr.coopdec.pact3.ui.JuryAdminView",
        "atlas/partenariats/{}, fr.coopdec.atlas.ui.PartenariatView",
        "atlas/partenariats/{}/modifier, fr.coopdec.atlas.ui.PartenariatEditView",
        "bourse/fiches/{}, fr.coopdec.bourse.ui.FicheView",
        "bourse/moderation/{}, fr.coopdec.bourse.ui.ModerationFicheView",
        "jeunesse/missions/{}, fr.coopdec.jeunesse.ui.MissionView",
        "jeunesse/reciprocite/partenariats/{}, fr.coopdec.jeunesse.ui.ReciprocitePartenariatView"
    })
    void a_non_numeric_id_matches_no_route_and_a_numeric_one_reaches_the_view(String template, String view) {
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        login(Role.ADMIN);
        assertThat(routes.getRoute(template.replace("{}", "12")))
                .as(template)
                .hasValueSatisfying(target -> assertThat(target.getName()).isEqualTo(view));
        for (String hostile :
                List.of("abc", "1e3", "-1", "12abc", "99999999999999999999", "%27%20OR%201=1", "%3Cscript%3E")) {
            String location = template.replace("{}", hostile);
            assertThat(routes.getRoute(location)).as(location).isEmpty();
            navigate(location);
            assertThat(activePage())
                    .as(location)
                    .isNotInstanceOf(InternalServerError.class)
                    .satisfies(page -> assertThat(page.getClass().getName()).isNotEqualTo(view));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "assises/evenements/abc",
                "jeunesse/volontaires/abc",
                "ficol/dossier/abc",
                "assises/inscription/%3Cscript%3E",
                "bourse/confirmer/abc",
                "bourse/renouveler/abc",
                "atlas/collectivites/abc",
                "atlas/collectivites/etr-abc",
                "atlas/pays/123",
                "tableau-de-bord/collectivites/abc"
            })
    void a_hostile_token_or_key_never_crashes(String location) {
        login(Role.ADMIN);
        navigate(location);
        HasElement page = activePage();
        if (page instanceof InternalServerError) {
            // Karibu's stand-in for the 404 view throws NotFoundException("No route found ..."), which Vaadin
            // then shows as an internal error: the view did reroute to "not found", nothing else crashed.
            assertThat(page.getElement().getTextRecursively()).as(location).contains("No route found for");
        }
    }

    private static HasElement activePage() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }
}
