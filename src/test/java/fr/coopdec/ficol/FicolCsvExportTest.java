package fr.coopdec.ficol;

import static org.assertj.core.api.Assertions.assertThat;

import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.IntegrationTest;
import fr.coopdec.support.TestUsers;
import java.io.StringWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class FicolCsvExportTest {

    @Autowired
    FicolFixtures fixtures;

    @Autowired
    FicolStatistiques statistiques;

    @Autowired
    TestUsers users;

    @Autowired
    AtlasFixtures atlas;

    @Autowired
    FicolDossierService dossiers;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void the_export_lists_the_files_in_scope_with_their_amounts() {
        FicolDossier benin = fixtures.brouillon("69123", "BJ", 350_000);
        FicolDossier senegal = fixtures.brouillon("69123", "SN", 350_000);
        users.signInAs(Role.POSTE, u -> u.setPays(atlas.pays("BJ")));
        StringWriter out = new StringWriter();
        statistiques.exporterCsv(out);
        String csv = out.toString();
        assertThat(csv).startsWith("\uFEFFid;intitule;collectivite_chef_de_file;pays_code");
        assertThat(csv)
                .contains(benin.getIntitule() + ";Lyon;BJ;Bénin;PMA;BROUILLON")
                .doesNotContain(senegal.getIntitule());
    }

    @Test
    void a_file_title_that_looks_like_a_formula_is_neutralised() {
        var p = fixtures.partenariat("69123", "BJ");
        fixtures.signInCollectivite("69123");
        FicolDossier d = fixtures.brouillonNonEnregistre(p, atlas.commune("69123"), 350_000);
        String title = "-2+3+cmd|' /C calc'!A0 " + AtlasFixtures.token();
        d.setIntitule(title);
        d = dossiers.enregistrer(d);
        users.signInAs(Role.ADMIN, u -> {});
        StringWriter out = new StringWriter();
        statistiques.exporterCsv(out);

        assertThat(out.toString())
                .contains(d.getId() + ";'" + title + ";Lyon;BJ")
                .doesNotContain(d.getId() + ";" + title);
    }
}
