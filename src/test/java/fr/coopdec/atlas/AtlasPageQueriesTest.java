package fr.coopdec.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import fr.coopdec.referential.CollectivitePartenaire;
import fr.coopdec.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The queries behind the country and authority pages, on MariaDB. */
@IntegrationTest
class AtlasPageQueriesTest {

    @Autowired
    AtlasQueries queries;

    @Autowired
    AtlasFixtures fixtures;

    @Autowired
    AtlasUiFixtures ui;

    @Test
    void partnerships_are_counted_per_status() {
        String token = AtlasFixtures.token();
        fixtures.partenariat("A " + token, fixtures.commune("42218"), "BJ");
        fixtures.partenariat("B " + token, fixtures.commune("42218"), "BJ");
        ui.partenariat(
                "C " + token,
                fixtures.commune("42218"),
                fixtures.partenaire("BJ"),
                p -> p.setStatut(StatutPartenariat.TERMINE));

        assertThat(queries.parStatut(PartenariatFilter.builder().texte(token).build()))
                .extracting(Agregat::cle, Agregat::nombre)
                .containsExactly(tuple("ACTIF", 2L), tuple("TERMINE", 1L));
    }

    @Test
    void foreign_partners_are_counted_by_partnership_most_linked_first() {
        String token = AtlasFixtures.token();
        CollectivitePartenaire cotonou = fixtures.partenaire("BJ");
        CollectivitePartenaire porto = fixtures.partenaire("BJ");
        ui.partenariat("A " + token, fixtures.commune("42218"), cotonou, p -> {});
        ui.partenariat("B " + token, fixtures.commune("33063"), cotonou, p -> {});
        ui.partenariat("C " + token, fixtures.commune("33063"), porto, p -> {});
        fixtures.partenariat("D " + token, fixtures.commune("33063"), "SN");

        assertThat(queries.parCollectivitePartenaire(
                        PartenariatFilter.builder().texte(token).pays("BJ").build()))
                .extracting(Agregat::cle, Agregat::libelleFr, Agregat::nombre)
                .containsExactly(
                        tuple(cotonou.getId().toString(), cotonou.getNom(), 2L),
                        tuple(porto.getId().toString(), porto.getNom(), 1L));
    }

    @Test
    void projects_of_the_selected_partnerships_are_counted() {
        String token = AtlasFixtures.token();
        ui.complet("Eau " + token);
        ui.partenariat("Deux " + token, fixtures.commune("33063"), fixtures.partenaire("BJ"), p -> {
            p.addProjet(new Projet("Un"));
            p.addProjet(new Projet("Deux"));
        });
        ui.partenariat(
                "Ailleurs " + token,
                fixtures.commune("33063"),
                fixtures.partenaire("SN"),
                p -> p.addProjet(new Projet("Trois")));

        assertThat(queries.countProjets(
                        PartenariatFilter.builder().texte(token).pays("BJ").build()))
                .isEqualTo(3);
        assertThat(queries.countProjets(PartenariatFilter.builder().texte(token).build()))
                .isEqualTo(4);
    }
}
