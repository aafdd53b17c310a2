package fr.coopdec.bourse.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.bourse.BourseFixtures;
import fr.coopdec.bourse.FicheBourse;
import fr.coopdec.bourse.SoumissionService;
import fr.coopdec.support.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ConfirmerViewTest extends KaribuTest {

    @Autowired
    BourseFixtures fixtures;

    @Autowired
    SoumissionService soumission;

    @Test
    void the_link_confirms_the_sheet_once_and_says_so_the_second_time() {
        FicheBourse f = soumission
                .soumettre(
                        fixtures.francaise("Objectif " + AtlasFixtures.token(), List.of("BJ"), "SANTE"),
                        List.of(),
                        BourseFixtures.ip(),
                        null)
                .orElseThrow();

        navigate("bourse/confirmer/" + f.getConfirmationToken());
        assertThat(_get(ConfirmerView.class).message.getText()).startsWith("Merci : la fiche « Lyon » est confirmée.");

        navigate(BourseRoutes.CATALOGUE);
        navigate("bourse/confirmer/" + f.getConfirmationToken());
        assertThat(_get(ConfirmerView.class).message.getText())
                .startsWith("Ce lien de confirmation n’est pas valide ou a déjà servi.");
    }
}
