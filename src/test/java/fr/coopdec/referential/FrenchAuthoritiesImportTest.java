package fr.coopdec.referential;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.coopdec.support.IntegrationTest;
import java.io.InputStream;
import java.util.Map;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class FrenchAuthoritiesImportTest {

    @Autowired
    FrenchAuthoritiesImporter importer;

    @Autowired
    CollectiviteFrancaiseRepository repository;

    @Autowired
    ReferentialQueries queries;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void database_holds_exactly_the_etalab_regions_departements_epci_and_current_communes() throws Exception {
        long communes = StreamSupport.stream(json("communes").spliterator(), false)
                .filter(node -> "commune-actuelle".equals(node.path("type").asText()))
                .count();
        assertThat(communes).isEqualTo(34_969);

        assertThat(repository.countByType(TypeCollectiviteFrancaise.REGION))
                .isEqualTo(json("regions").size())
                .isEqualTo(26);
        assertThat(repository.countByType(TypeCollectiviteFrancaise.DEPARTEMENT))
                .isEqualTo(json("departements").size())
                .isEqualTo(109);
        assertThat(repository.countByType(TypeCollectiviteFrancaise.EPCI))
                .isEqualTo(json("epci").size())
                .isEqualTo(1_255);
        assertThat(repository.countByType(TypeCollectiviteFrancaise.COMMUNE)).isEqualTo(communes);
    }

    @Test
    void communes_know_their_departement_region_and_epci_and_epci_their_main_departement() {
        CollectiviteFrancaise saintEtienne = repository
                .findByTypeAndCode(TypeCollectiviteFrancaise.COMMUNE, "42218")
                .orElseThrow();
        assertThat(saintEtienne.getNom()).isEqualTo("Saint-Étienne");
        assertThat(saintEtienne.getDepartementCode()).isEqualTo("42");
        assertThat(saintEtienne.getRegionCode()).isEqualTo("84");
        assertThat(saintEtienne.getCodesPostaux()).contains("42000");
        CollectiviteFrancaise metropole = repository
                .findByTypeAndCode(TypeCollectiviteFrancaise.EPCI, saintEtienne.getEpciSiren())
                .orElseThrow();
        assertThat(metropole.getNatureJuridique()).isEqualTo("METRO");
        assertThat(metropole.getSiren()).isEqualTo(metropole.getCode());
        assertThat(metropole.getDepartementCode()).isEqualTo("42");
        assertThat(metropole.getPopulation()).isGreaterThan(saintEtienne.getPopulation());
    }

    @Test
    void re_running_the_import_adds_and_updates_nothing() {
        Map<String, Object> before = snapshot();

        ImportSummary summary = importer.run(true, ImportProgress.NONE);

        assertThat(summary.added()).isZero();
        assertThat(summary.updated()).isZero();
        assertThat(summary.unchanged()).isEqualTo(26 + 109 + 1_255 + 34_969);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void a_start_with_the_same_files_skips_the_import() {
        assertThat(importer.run(false, ImportProgress.NONE).skipped()).isTrue();
    }

    @Test
    void search_ignores_accents_and_case_and_finds_codes_and_postcodes() {
        assertThat(find("saint etienne").getContent().get(0).getCode()).isEqualTo("42218");
        assertThat(find("SAINT-ÉTIENNE").getContent().get(0).getCode()).isEqualTo("42218");
        assertThat(find("42218").getContent())
                .extracting(CollectiviteFrancaise::getCode)
                .contains("42218");
        assertThat(find("42000").getContent())
                .extracting(CollectiviteFrancaise::getCode)
                .contains("42218");
    }

    private org.springframework.data.domain.Page<CollectiviteFrancaise> find(String text) {
        return queries.findCollectivitesFrancaises(
                new CollectiviteFrancaiseFilter(text, TypeCollectiviteFrancaise.COMMUNE, null, null),
                PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "population")));
    }

    private Map<String, Object> snapshot() {
        return jdbc.queryForMap("select count(*) n, sum(version) v, max(updated_at) u from collectivite_francaise");
    }

    private static JsonNode json(String name) throws Exception {
        try (InputStream in = new GZIPInputStream(
                FrenchAuthoritiesImportTest.class.getResourceAsStream("/data/etalab/" + name + ".json.gz"))) {
            return new ObjectMapper().readTree(in);
        }
    }
}
