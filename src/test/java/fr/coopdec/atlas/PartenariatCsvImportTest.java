package fr.coopdec.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.coopdec.referential.CsvLineError;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.IntegrationTest;
import fr.coopdec.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class PartenariatCsvImportTest {

    static final String HEADER = String.join(",", PartenariatCsvLine.COLUMNS) + "\n";

    @Autowired
    PartenariatCsvImport csvImport;

    @Autowired
    AtlasQueries queries;

    @Autowired
    AtlasFixtures fixtures;

    @Autowired
    TestUsers users;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void the_preview_lists_every_error_with_its_line_number_and_stores_nothing() {
        String token = AtlasFixtures.token();
        String partenaire = fixtures.partenaire("BJ").getNom();
        String csv = HEADER
                + "Bonne " + token + ",BJ,69123,\"" + partenaire + "\",,,2015,,EDUCATION,\n"
                + "Pays " + token + ",XX,69123,\"" + partenaire + "\",,,2015,,,\n"
                + "Code " + token + ",BJ,99999,\"" + partenaire + "\",,,2015,,,\n"
                + "Année " + token + ",BJ,69123,\"" + partenaire + "\",,,deux mille,,,\n"
                + "Hors pays " + token + ",SN,69123,\"" + partenaire + "\",,,2015,,,\n"
                + "Fin " + token + ",BJ,69123,\"" + partenaire + "\",,TERMINE,2015,2010,,\n";
        users.signInAs(Role.ADMIN, u -> {});

        PartenariatImportResult preview = csvImport.preview(bytes(csv));

        assertThat(preview.lines()).hasSize(6);
        assertThat(preview.errors())
                .extracting(CsvLineError::line, CsvLineError::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "atlas.import.error.pays-unknown"),
                        org.assertj.core.groups.Tuple.tuple(4, "atlas.import.error.francaise-unknown"),
                        org.assertj.core.groups.Tuple.tuple(5, "atlas.import.error.annee"),
                        org.assertj.core.groups.Tuple.tuple(6, "atlas.import.error.partenaire-hors-pays"),
                        org.assertj.core.groups.Tuple.tuple(7, "atlas.rule.annees"));
        assertThat(found(token)).isZero();
    }

    @Test
    void one_bad_line_and_nothing_is_imported() {
        String token = AtlasFixtures.token();
        String partenaire = fixtures.partenaire("BJ").getNom();
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 5; i++) {
            csv.append("Ligne ")
                    .append(i)
                    .append(' ')
                    .append(token)
                    .append(",BJ,69123,\"")
                    .append(partenaire)
                    .append("\",,,2015,,,\n");
        }
        csv.append("Mauvaise ")
                .append(token)
                .append(",BJ,69123,Inconnue ")
                .append(token)
                .append(",,,2015,,,\n");
        users.signInAs(Role.ADMIN, u -> {});

        PartenariatImportResult result = csvImport.importer(bytes(csv.toString()), f -> {});

        assertThat(result.imported()).isZero();
        assertThat(result.errors()).extracting(CsvLineError::line).containsExactly(7);
        assertThat(found(token)).isZero();
    }

    @Test
    void a_good_file_is_imported_whole_with_its_links_and_progress() {
        String token = AtlasFixtures.token();
        String partenaire = fixtures.partenaire("SN").getNom();
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 120; i++) {
            csv.append("Coopération ")
                    .append(i)
                    .append(' ')
                    .append(token)
                    .append(",sn,69123|dep-69|reg-84,\"")
                    .append(partenaire)
                    .append("\",JUMELAGE,EN_SOMMEIL,2001,,EAU_ASSAINISSEMENT|EDUCATION,Description ")
                    .append(i)
                    .append('\n');
        }
        users.signInAs(Role.ADMIN, u -> {});
        List<Double> progress = new ArrayList<>();

        PartenariatImportResult result = csvImport.importer(bytes(csv.toString()), progress::add);

        assertThat(result.ok()).isTrue();
        assertThat(result.imported()).isEqualTo(120);
        assertThat(progress).last().isEqualTo(1.0);
        assertThat(progress).isSorted();
        assertThat(found(token)).isEqualTo(120);
        PartenariatResume one = queries.search(
                        PartenariatFilter.builder()
                                .texte(token)
                                .region("84")
                                .pays("SN")
                                .thematiques("EDUCATION")
                                .nature(NaturePartenariat.JUMELAGE)
                                .build(),
                        org.springframework.data.domain.Pageable.ofSize(5))
                .getContent()
                .get(0);
        assertThat(one.statut()).isEqualTo(StatutPartenariat.EN_SOMMEIL);
        assertThat(one.anneeDebut()).isEqualTo(2001);
        assertThat(one.collectivitesPartenaires()).containsExactly(partenaire);
        assertThat(one.collectivitesFrancaises()).hasSize(3);
        assertThat(one.thematiqueCodes()).containsExactlyInAnyOrder("EAU_ASSAINISSEMENT", "EDUCATION");
    }

    @Test
    void only_daect_may_import() {
        users.signInAs(Role.POSTE, u -> u.setPays(fixtures.pays("BJ")));
        assertThatThrownBy(() -> csvImport.preview(bytes(HEADER))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> csvImport.importer(bytes(HEADER), f -> {})).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_file_without_the_expected_columns_is_refused_on_line_1() {
        users.signInAs(Role.ADMIN, u -> {});
        PartenariatImportResult result = csvImport.preview(bytes("nom;pays\nA;BJ\n"));
        assertThat(result.errors())
                .extracting(CsvLineError::line, CsvLineError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "atlas.import.error.header"));
    }

    private long found(String token) {
        return queries.count(PartenariatFilter.builder().texte(token).build());
    }

    static byte[] bytes(String csv) {
        return csv.getBytes(StandardCharsets.UTF_8);
    }
}
