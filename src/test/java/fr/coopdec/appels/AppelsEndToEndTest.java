package fr.coopdec.appels;

import static fr.coopdec.appels.AppelsFixtures.euros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.coopdec.atlas.FinancementsExternes;
import fr.coopdec.atlas.IatiFundingSource.FundedActivity;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.dashboard.DashboardService;
import fr.coopdec.shared.dashboard.KeyFigure;
import fr.coopdec.support.IntegrationTest;
import fr.coopdec.support.TestUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A DAECT call from end to end: DAECT opens it, Lyon applies on its Benin partnership and submits,
 * DAECT instructs and grants; the grant is then on the partnership's public Atlas record (the open
 * API, read anonymously) and in the DAECT dashboard's figure of money granted.
 */
@IntegrationTest
class AppelsEndToEndTest {

    @Autowired
    AppelsFixtures fixtures;

    @Autowired
    CandidatureDaectService candidatures;

    @Autowired
    DecisionDaectService decisions;

    @Autowired
    FinancementsExternes financements;

    @Autowired
    DashboardService dashboard;

    @Autowired
    WebApplicationContext context;

    @Autowired
    TestUsers users;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void a_call_runs_from_the_call_to_the_money_on_the_atlas_record_and_the_dashboard() throws Exception {
        BigDecimal avant = accordeSurLeTableauDeBord();
        AppelDaect appel = fixtures.appel(500_000);
        Partenariat partenariat = fixtures.partenariat("69123", "BJ");

        CandidatureDaect brouillon = fixtures.brouillon(appel, partenariat, 45_000);
        CandidatureDaect deposee = candidatures.deposer(brouillon.getId(), brouillon.getVersion());
        fixtures.signInAdmin();
        CandidatureDaect instruite = decisions.instruire(deposee.getId(), deposee.getVersion(), "Avis favorable.");
        CandidatureDaect accordee =
                decisions.accorder(instruite.getId(), instruite.getVersion(), euros(40_000), "Accord partiel.");
        users.signOut();

        assertThat(accordee.getStatut()).isEqualTo(StatutCandidatureDaect.ACCORDEE);
        assertThat(fixtures.engage(appel.getId())).isEqualByComparingTo("40000");

        List<FundedActivity> record = financements.of(partenariat.getId());
        assertThat(record).singleElement().satisfies(a -> {
            assertThat(a.key()).isEqualTo("DAECT-" + accordee.getId());
            assertThat(a.funderRef()).isEqualTo("FR-6");
            assertThat(a.granted()).isEqualByComparingTo("40000");
            assertThat(a.debut()).isEqualTo(LocalDate.now());
            assertThat(a.fin()).isEqualTo(LocalDate.of(AppelsFixtures.ANNEE, 12, 31));
        });

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        mvc.perform(get("/api/v1/partenariats/" + partenariat.getId()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.financements[0].identifiant").value("DAECT-" + accordee.getId()))
                .andExpect(jsonPath("$.financements[0].financeur").value(AppelsIatiFunding.DAECT))
                .andExpect(jsonPath("$.financements[0].montantAccorde").value(40000.0));

        assertThat(accordeSurLeTableauDeBord().subtract(avant)).isEqualByComparingTo("40000");
    }

    private BigDecimal accordeSurLeTableauDeBord() {
        fixtures.signInAdmin();
        try {
            return dashboard.dashboard(null).figures().stream()
                    .filter(f -> f.labelKey().equals("appels.dashboard.accorde"))
                    .map(KeyFigure::value)
                    .findFirst()
                    .orElseThrow();
        } finally {
            users.signOut();
        }
    }
}
