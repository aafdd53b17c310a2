package fr.coopdec.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.shared.dashboard.KeyFigure;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.IntegrationTest;
import fr.coopdec.support.TestUsers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@IntegrationTest
class DashboardServiceTest {

    @Autowired
    DashboardService service;

    @Autowired
    DashboardExports exports;

    @Autowired
    AtlasFixtures fixtures;

    @Autowired
    TestUsers users;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void an_embassy_post_gets_its_country_even_when_it_asks_for_another() {
        users.signInAs(Role.POSTE, u -> u.setPays(fixtures.pays("BJ")));
        assertThat(service.dashboard("SN").scope().paysCode()).isEqualTo("BJ");
    }

    @Test
    void a_local_authority_gets_itself_and_may_not_open_another_authority() {
        users.signInAs(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(fixtures.commune("75056")));
        assertThat(service.dashboard(null).scope().collectiviteFrancaiseId())
                .isEqualTo(fixtures.commune("75056").getId());
        assertThat(service.authority("75056", Locale.FRENCH).nom()).isEqualTo("Paris");
        assertThatThrownBy(() -> service.authority("59350", Locale.FRENCH)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void other_roles_and_anonymous_callers_are_refused() {
        assertThatThrownBy(() -> service.dashboard(null))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        users.signInAs(Role.AFD, u -> {});
        assertThatThrownBy(() -> service.dashboard(null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_csv_holds_every_figure_and_the_pdf_summary_names_the_country_and_its_figures() throws IOException {
        fixtures.partenariat("Synthèse " + AtlasFixtures.token(), fixtures.commune("69123"), "BJ");
        users.signInAs(Role.ADMIN, u -> {});
        Dashboard benin = service.dashboard("BJ");
        KeyFigure active = benin.figures().get(0);

        String csv = new String(exports.figuresCsv(benin, Locale.FRENCH), StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("\uFEFFPérimètre;Indicateur;Valeur;Unité")
                .contains("Bénin;Partenariats actifs;" + active.value().toPlainString() + ";nombre");
        assertThat(csv.lines().count()).isEqualTo(benin.figures().size() + 1);

        byte[] pdf = exports.summaryPdf(benin, Locale.FRENCH, LocalDate.of(2026, 11, 27));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains(
                            "Coopération décentralisée — Bénin",
                            "27 novembre 2026",
                            "Partenariats actifs",
                            DashboardExports.format(active, Locale.FRENCH).replace('\u202f', ' '));
        }
    }

    @Test
    void a_scope_name_that_looks_like_a_formula_is_neutralised_in_the_csv_and_numbers_are_not() {
        Dashboard crafted = new Dashboard(
                fr.coopdec.shared.dashboard.DashboardScope.all(),
                "=cmd|' /C calc'!A0",
                java.util.List.of(
                        KeyFigure.count(1, "dashboard.atlas.partenariats", 12, "atlas"),
                        KeyFigure.euros(2, "dashboard.ficol.verse", new java.math.BigDecimal("-1500.50"), "ficol")),
                java.util.List.of(),
                java.util.List.of(),
                java.util.List.of(),
                0);

        String csv = new String(exports.figuresCsv(crafted, Locale.FRENCH), StandardCharsets.UTF_8);

        assertThat(csv.lines().skip(1))
                .hasSize(2)
                .allMatch(line -> line.startsWith("'=cmd|' /C calc'!A0;"))
                .anyMatch(line -> line.contains(";-1500.50;"));
    }
}
