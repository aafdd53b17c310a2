package fr.coopdec.jeunesse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.referential.CollectivitePartenaire;
import fr.coopdec.referential.CsvLineError;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.IntegrationTest;
import fr.coopdec.support.TestUsers;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class MissionCsvImportTest {

    private static final String HEADER = String.join(",", MissionCsv.COLUMNS) + "\n";

    @Autowired
    JeunesseFixtures fixtures;

    @Autowired
    MissionCsvImport csvImport;

    @Autowired
    MissionCsv csv;

    @Autowired
    VolontaireService volontaires;

    @Autowired
    TestUsers users;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void a_valid_file_is_imported_whole_and_exported_back() {
        String token = AtlasFixtures.token();
        Volontaire v = fixtures.volontaire("Csv" + token, LocalDate.of(2000, 5, 5));
        CollectivitePartenaire partenaire = fixtures.atlas.partenaire("BJ");
        String file = HEADER
                + v.getId() + ",ENVOI,SERVICE_CIVIQUE_INTERNATIONAL,BJ,Abomey,2024-01-01,2024-06-30,TERMINEE,,69123,,"
                + partenaire.getNom() + ",,,\n"
                + v.getId()
                + ",ENVOI,VSI,BJ,Cotonou,2024-07-01,2024-12-31,INTERROMPUE,Raisons familiales,,France Volontaires,,"
                + "Association Tonon,,\n";
        users.signInAs(Role.VOLONTARIAT, u -> {});
        MissionCsvImport.Resultat result = csvImport.importer(file.getBytes(StandardCharsets.UTF_8));

        assertThat(result.errors()).isEmpty();
        assertThat(result.imported()).isEqualTo(2);
        assertThat(volontaires.missions(v.getId()))
                .extracting(Mission::getVille)
                .containsExactly("Abomey", "Cotonou");
        StringWriter out = new StringWriter();
        csv.export(out);
        assertThat(out.toString())
                .contains(v.getId() + ",ENVOI,VSI,BJ,Cotonou,2024-07-01,2024-12-31,INTERROMPUE,"
                        + "Raisons familiales,,France Volontaires,,Association Tonon,,");
    }

    @Test
    void a_file_with_a_wrong_line_imports_nothing_and_names_each_wrong_line() {
        String token = AtlasFixtures.token();
        Volontaire v = fixtures.volontaire("Csv" + token, LocalDate.of(2000, 5, 5));
        String file = HEADER
                + v.getId() + ",ENVOI,VSI,BJ,Abomey,2024-01-01,2024-06-30,,,69123,,,Association A,,\n"
                + v.getId() + ",ENVOI,VSI,BJ,Abomey,2024-06-01,2024-08-30,,,69123,,,Association B,,\n"
                + "999999999,ENVOI,VSI,BJ,Abomey,2024-01-01,2024-06-30,,,69123,,,Association C,,\n"
                + v.getId() + ",ENVOI,VSI,BJ,Abomey,2025-13-01,2025-06-30,,,69123,,,Association D,,\n";
        users.signInAs(Role.VOLONTARIAT, u -> {});
        MissionCsvImport.Resultat result = csvImport.importer(file.getBytes(StandardCharsets.UTF_8));

        assertThat(result.imported()).isZero();
        assertThat(result.errors())
                .extracting(CsvLineError::line, CsvLineError::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "jeunesse.mission.chevauchement"),
                        org.assertj.core.groups.Tuple.tuple(4, "jeunesse.import.error.volontaire"),
                        org.assertj.core.groups.Tuple.tuple(5, "jeunesse.import.error.date"));
        assertThat(volontaires.missions(v.getId())).isEmpty();
    }

    @Test
    void only_france_volontaires_and_daect_import() {
        users.signInAs(Role.POSTE, u -> u.setPays(fixtures.atlas.pays("BJ")));
        assertThatThrownBy(() -> csvImport.importer(HEADER.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void cells_that_look_like_formulas_are_exported_neutralised() {
        String token = AtlasFixtures.token();
        Volontaire v = fixtures.volontaire("Formule" + token, LocalDate.of(2001, 3, 3));
        String file = HEADER
                + v.getId()
                + ",ENVOI,VSI,BJ,Ouidah,2023-01-01,2023-06-30,INTERROMPUE,+Raisons " + token + ",,=Asso " + token
                + ",,@Tonon " + token + ",,\n";
        users.signInAs(Role.VOLONTARIAT, u -> {});
        MissionCsvImport.Resultat result = csvImport.importer(file.getBytes(StandardCharsets.UTF_8));
        assertThat(result.errors()).isEmpty();

        StringWriter out = new StringWriter();
        csv.export(out);
        assertThat(out.toString())
                .contains(",INTERROMPUE,'+Raisons " + token + ",,'=Asso " + token + ",,'@Tonon " + token + ",,")
                .doesNotContain(",=Asso " + token);
    }
}
