package fr.coopdec.assises.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import fr.coopdec.assises.AssisesFixtures;
import fr.coopdec.assises.DemandeInscription;
import fr.coopdec.assises.Evenement;
import fr.coopdec.assises.InscriptionService;
import fr.coopdec.assises.ResultatInscription;
import fr.coopdec.support.KaribuTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The organiser sees the last day's registrations by address and cancels a flood; seats go to the waitlist. */
class OriginesViewTest extends KaribuTest {

    @Autowired
    AssisesFixtures fixtures;

    @Autowired
    InscriptionService inscriptions;

    @Autowired
    JdbcTemplate jdbc;

    private ResultatInscription.Ligne inscrire(Evenement e, String nom, String adresse) {
        ResultatInscription r = inscriptions.inscrire(
                e.getId(),
                new DemandeInscription(
                        List.of(AssisesFixtures.participant(nom + AssisesFixtures.token())), Set.of(), true, "fr"),
                adresse);
        return r.lignes().get(0);
    }

    @Test
    void a_flood_stands_out_and_one_action_cancels_it_giving_the_seats_to_the_waitlist() {
        Evenement e = fixtures.evenement(4);
        for (int i = 0; i < 4; i++) {
            inscrire(e, "Flot", "203.0.113.66");
        }
        ResultatInscription.Ligne enAttente = inscrire(e, "Legitime", "198.51.100.4");
        assertThat(enAttente.statut().name()).isEqualTo("EN_ATTENTE");

        login(fixtures.organisateur(e));
        navigate("assises/gestion/" + e.getId() + "/origines");
        OriginesView view = LocatorJ._get(OriginesView.class);
        assertThat(GridKt._size(view.flots)).isEqualTo(2);
        assertThat(GridKt._getFormatted(view.flots, 0, "adresse")).isEqualTo("203.0.113.66");
        assertThat(GridKt._getFormatted(view.flots, 0, "inscriptions")).isEqualTo("4");

        ((Button) GridKt._getCellComponent(view.flots, 0, "action")).click();
        LocatorJ._get(ConfirmDialog.class);
        view.purger("203.0.113.66");

        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM assises_inscription WHERE evenement_id = ? AND statut = 'ANNULEE'",
                        Integer.class,
                        e.getId()))
                .isEqualTo(4);
        assertThat(jdbc.queryForObject(
                        "SELECT statut FROM assises_inscription WHERE id = ?", String.class, enAttente.id()))
                .isEqualTo("CONFIRMEE");
        assertThat(fixtures.placesPrises(e.getId())).isEqualTo(1);
        assertThat(GridKt._getFormatted(view.flots, 0, "actives")).isEqualTo("0");
    }

    @Test
    void an_organiser_of_another_event_sees_nothing() {
        Evenement e = fixtures.evenement(4);
        inscrire(e, "Flot", "203.0.113.67");
        login(fixtures.organisateur(fixtures.evenement(4)));
        navigate("assises/gestion/" + e.getId() + "/origines");
        assertThat(LocatorJ._find(com.vaadin.flow.component.grid.Grid.class)).isEmpty();
    }
}
