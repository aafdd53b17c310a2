package fr.coopdec.jeunesse.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.jeunesse.JeunesseFixtures;
import fr.coopdec.jeunesse.MissionCsv;
import fr.coopdec.jeunesse.Volontaire;
import fr.coopdec.jeunesse.VolontaireService;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.KaribuTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MissionImportViewTest extends KaribuTest {

    @Autowired
    JeunesseFixtures fixtures;

    @Autowired
    VolontaireService volontaires;

    @Test
    void a_file_with_errors_lists_them_by_line_and_imports_nothing_then_a_corrected_file_is_imported() {
        Volontaire v = fixtures.volontaire("Import" + AtlasFixtures.token(), LocalDate.of(2000, 1, 1));
        String header = String.join(",", MissionCsv.COLUMNS) + "\n";
        String ok = v.getId()
                + ",ACCUEIL,VOLONTARIAT_RECIPROCITE,SN,Nantes,2025-01-01,2025-06-30,,,44109,,,Association Ndiaye,,\n";
        login(Role.VOLONTARIAT);
        navigate(JeunesseRoutes.IMPORT);
        MissionImportView view = _get(MissionImportView.class);

        view.importer((header + ok + v.getId() + ",ACCUEIL,INCONNU,SN,Nantes,2025-07-01,2025-08-30,,,44109,,,Asso,,\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(view.errors.getElement().getTextRecursively())
                .contains(
                        "1 erreur(s) : aucune mission n’a été importée.",
                        "Ligne 3 : La valeur « INCONNU » n’est pas admise dans la colonne « programme ».");
        assertThat(volontaires.missions(v.getId())).isEmpty();

        view.importer((header + ok).getBytes(StandardCharsets.UTF_8));
        assertThat(view.status.getElement().getTextRecursively()).isEqualTo("1 mission(s) importée(s).");
        assertThat(volontaires.missions(v.getId())).hasSize(1);
    }

    @Test
    void a_local_authority_may_not_open_the_import() {
        login(testUsers.create(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(fixtures.atlas.commune("44109"))));
        navigate(JeunesseRoutes.IMPORT);
        assertThatThrownBy(() -> _find(MissionImportView.class))
                .hasMessageContaining("com.vaadin.flow.router.AccessDeniedException");
    }
}
