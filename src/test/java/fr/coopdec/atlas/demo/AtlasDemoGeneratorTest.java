package fr.coopdec.atlas.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.atlas.PartenariatService;
import fr.coopdec.atlas.Projet;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.IntegrationTest;
import fr.coopdec.support.TestUsers;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class AtlasDemoGeneratorTest {

    @Autowired
    AtlasDemoGenerator generator;

    @Autowired
    PartenariatService service;

    @Autowired
    AtlasFixtures fixtures;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        users.signOut();
        generator.purge();
    }

    @Test
    void generates_thousands_of_believable_partnerships_whose_ids_jpa_does_not_reuse() {
        generator.purge();
        assertThat(generator.present()).isFalse();

        AtlasDemoGenerator.Report report = generator.generate(3_000, 2026);

        assertThat(report.partenariats()).isEqualTo(3_000);
        assertThat(report.projets()).isGreaterThanOrEqualTo(8_000);
        assertThat(report.pays()).isGreaterThanOrEqualTo(120);
        assertThat(count("SELECT COUNT(*) FROM partenariat WHERE created_by = ?"))
                .isEqualTo(3_000);
        assertThat(count("SELECT COUNT(*) FROM projet WHERE created_by = ?")).isEqualTo(report.projets());
        assertThat(count("SELECT COUNT(DISTINCT pays_id) FROM partenariat WHERE created_by = ?"))
                .isGreaterThanOrEqualTo(120);
        assertThat(generator.present()).isTrue();

        Map<String, Integer> byCountry = jdbc
                .query(
                        "SELECT py.code_alpha2, COUNT(*) FROM partenariat p"
                                + " JOIN pays py ON py.id = p.pays_id WHERE p.created_by = ? GROUP BY py.code_alpha2",
                        (rs, i) -> Map.entry(rs.getString(1), rs.getInt(2)),
                        AtlasDemoGenerator.AUTHOR)
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        // Benin first, then West Africa, Madagascar and Germany well ahead of a small country like Iceland.
        assertThat(byCountry.get("BJ"))
                .isGreaterThan(150)
                .isEqualTo(byCountry.values().stream().max(Integer::compare).orElseThrow());
        assertThat(byCountry.get("SN")).isGreaterThan(50);
        assertThat(byCountry.get("MG")).isGreaterThan(40);
        assertThat(byCountry.get("DE")).isGreaterThan(byCountry.getOrDefault("IS", 0) * 5);
        // Real Beninese communes of the referential, with real French authorities on the other side.
        assertThat(count("SELECT COUNT(*) FROM partenariat p JOIN partenariat_collectivite_partenaire x"
                        + " ON x.partenariat_id = p.id JOIN collectivite_partenaire c ON c.id = x.collectivite_partenaire_id"
                        + " WHERE p.created_by = ? AND c.code_officiel IS NOT NULL"))
                .isGreaterThan(100);
        assertThat(count("SELECT COUNT(*) FROM partenariat p WHERE p.created_by = ? AND NOT EXISTS"
                        + " (SELECT 1 FROM partenariat_collectivite_francaise x WHERE x.partenariat_id = p.id)"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM partenariat WHERE created_by = ? AND (annee_debut < 1960"
                        + " OR annee_debut > YEAR(CURDATE()))"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM projet pr WHERE pr.created_by = ? AND budget_total <"
                        + " (SELECT SUM(montant) FROM projet_cofinancement c WHERE c.projet_id = pr.id)"))
                .isZero();

        // More saves than a block of 50 ids: Hibernate must fetch new blocks from the sequences after
        // the generator, and none may collide with a demo row (a collision fails the insert).
        users.signInAs(Role.ADMIN, u -> {});
        var partenaire = fixtures.partenaire("BJ");
        users.signInAs(Role.ADMIN, u -> {});
        String token = AtlasFixtures.token();
        for (int i = 0; i < 60; i++) {
            Partenariat p = fixtures.unsaved("Après démo " + i + " " + token, fixtures.commune("69123"), partenaire);
            p.addProjet(new Projet("Projet après la démo " + i));
            Partenariat saved = service.save(p);
            assertThat(jdbc.queryForObject(
                            "SELECT created_by FROM partenariat WHERE id = ?", String.class, saved.getId()))
                    .isNotEqualTo(AtlasDemoGenerator.AUTHOR);
        }
        assertThat(count("SELECT COUNT(*) FROM partenariat WHERE created_by = ?"))
                .isEqualTo(3_000);

        long demoId = count("SELECT MIN(id) FROM partenariat WHERE created_by = ?");
        assertThat(service.history(demoId)).hasSize(1);
        assertThat(service.findDetail(demoId)).isPresent();
    }

    private long count(String sql) {
        Long value = jdbc.queryForObject(sql, Long.class, AtlasDemoGenerator.AUTHOR);
        return value == null ? 0 : value;
    }
}
