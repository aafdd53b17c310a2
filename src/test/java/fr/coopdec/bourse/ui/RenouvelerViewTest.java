package fr.coopdec.bourse.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.bourse.BourseFixtures;
import fr.coopdec.bourse.ExpirationService;
import fr.coopdec.bourse.FicheBourse;
import fr.coopdec.support.KaribuTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class RenouvelerViewTest extends KaribuTest {

    @Autowired
    BourseFixtures fixtures;

    @Autowired
    ExpirationService expiration;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_sender_renews_the_sheet_from_the_reminder_link_once() {
        FicheBourse f =
                fixtures.publiee(fixtures.francaise("Objectif " + AtlasFixtures.token(), List.of("SN"), "SANTE"));
        jdbc.update(
                "UPDATE bourse_fiche SET expire_le = ? WHERE id = ?",
                LocalDate.now().plusDays(5),
                f.getId());
        expiration.executer();
        String token = jdbc.queryForObject(
                "SELECT confirmation_token FROM bourse_fiche WHERE id = ?", String.class, f.getId());

        navigate("bourse/renouveler/" + token);
        assertThat(_get(RenouvelerView.class).message.getText())
                .startsWith("Merci : la fiche « Lyon » reste publiée jusqu’au ");
        navigate(BourseRoutes.CATALOGUE);
        navigate("bourse/renouveler/" + token);
        assertThat(_get(RenouvelerView.class).message.getText())
                .startsWith("Ce lien de renouvellement n’est pas valide ou a déjà servi.");
    }
}
