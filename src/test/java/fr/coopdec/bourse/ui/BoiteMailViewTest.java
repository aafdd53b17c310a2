package fr.coopdec.bourse.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.bourse.BourseFixtures;
import fr.coopdec.bourse.FicheBourse;
import fr.coopdec.shared.mail.MailSortant;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BoiteMailViewTest extends KaribuTest {

    @Autowired
    BourseFixtures fixtures;

    @Autowired
    fr.coopdec.shared.mail.MailService mails;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void daect_reads_the_mails_kept_in_the_outbox() {
        FicheBourse f =
                fixtures.soumise(fixtures.francaise("Objectif " + AtlasFixtures.token(), List.of("BJ"), "SANTE"));
        login(Role.ADMIN);
        navigate(BourseRoutes.COURRIELS);
        BoiteMailView view = _get(BoiteMailView.class);
        _setValue(view.recherche, f.getContactEmail());

        List<MailSortant> mails = GridKt._findAll(view.grid);
        assertThat(mails).singleElement().satisfies(m -> assertThat(m.getSujet())
                .contains("confirmez l’envoi"));
        view.grid.select(mails.get(0));
        assertThat(view.corps.getText()).contains("/bourse/confirmer/");
        assertThat(GridKt._getFormatted(view.grid, 0, "to")).isEqualTo(f.getContactEmail());
    }

    @Test
    void daect_sees_a_failed_mail_and_its_error_and_puts_it_back_in_the_queue() {
        String to = "echec-" + AtlasFixtures.token() + "@test.coopdec.fr";
        long id = mails.send(to, "Sujet en échec", "Corps").getId();
        jdbc.update(
                "UPDATE mail_sortant SET statut = 'ECHEC', tentatives = 8, erreur = 'MailSendException: 550 refusé' WHERE id = ?",
                id);
        login(Role.ADMIN);
        navigate(BourseRoutes.COURRIELS);
        BoiteMailView view = _get(BoiteMailView.class);
        _setValue(view.recherche, to);
        assertThat(GridKt._getFormatted(view.grid, 0, "etat")).isEqualTo("Échec (plus de nouvel essai)");
        assertThat(GridKt._getFormatted(view.grid, 0, "erreur")).isEqualTo("MailSendException: 550 refusé");
        assertThat(view.renvoyer.isEnabled()).isFalse();

        view.grid.select(GridKt._get(view.grid, 0));
        _click(view.renvoyer);

        assertThat(jdbc.queryForObject("SELECT statut FROM mail_sortant WHERE id = ?", String.class, id))
                .isEqualTo("A_ENVOYER");
        navigate(BourseRoutes.COURRIELS);
        BoiteMailView after = _get(BoiteMailView.class);
        _setValue(after.recherche, to);
        assertThat(GridKt._getFormatted(after.grid, 0, "etat")).isEqualTo("En attente d’envoi");
    }

    @Test
    void only_daect_reads_the_outbox() {
        navigate("");
        login(testUsers.create(Role.POSTE, u -> u.setPays(fixtures.pays("BJ"))));
        navigate(BourseRoutes.COURRIELS);
        assertThatThrownBy(() -> _find(BoiteMailView.class))
                .hasMessageContaining("com.vaadin.flow.router.AccessDeniedException");
    }
}
