package fr.coopdec.assises.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.server.VaadinRequest;
import fr.coopdec.assises.AssisesFixtures;
import fr.coopdec.assises.CategorieParticipant;
import fr.coopdec.assises.Evenement;
import fr.coopdec.shared.abuse.LimiteurAnonyme;
import fr.coopdec.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public form under a flood from the visitor's address: a French message, nobody registered, input kept. */
class InscriptionFloodViewTest extends KaribuTest {

    @Autowired
    AssisesFixtures fixtures;

    @Autowired
    LimiteurAnonyme limiteur;

    @Test
    void past_the_limit_of_the_address_the_form_says_so_in_french_and_registers_nobody() {
        Evenement e = fixtures.evenement(100);
        String address = VaadinRequest.getCurrent().getRemoteAddr();
        // The address has already registered its N people to this event (e.g. through the API).
        limiteur.inscription(address, e.getId(), (int) limiteur.participantsParAdresseEtEvenement());

        navigate("assises/evenements/" + e.getId() + "/inscription");
        InscriptionView view = _get(InscriptionView.class);
        ParticipantForm form = view.personnes.get(0);
        _setValue(form.prenom, "Eve");
        _setValue(form.nom, "Flot");
        _setValue(form.email, "eve-" + AssisesFixtures.token() + "@test.coopdec.fr");
        _setValue(form.organisation, "Commune de Ouidah");
        _setValue(form.categorie, CategorieParticipant.COLLECTIVITE_PARTENAIRE);
        _click(view.inscrire);

        assertThat(NotificationsKt.getNotifications()).singleElement().satisfies(n -> assertThat(
                        n.getElement().getProperty("text"))
                .startsWith("Trop de demandes depuis votre connexion : rien n’a été enregistré. Réessayez dans"));
        assertThat(fixtures.placesPrises(e.getId())).isZero();
        assertThat(form.prenom.getValue()).isEqualTo("Eve");
    }

    @Test
    void the_organiser_sets_the_people_per_request_in_the_event_form() {
        Evenement e = fixtures.evenement(100);
        login(fr.coopdec.shared.security.Role.ADMIN);
        navigate("assises/gestion/evenement/" + e.getId());
        EvenementEditView view = _get(EvenementEditView.class);
        assertThat(view.participantsParDemande.getValue()).isEqualTo(10);
        _setValue(view.participantsParDemande, 2);
        _click(view.enregistrer);
        assertThat(fixtures.maxParticipantsParDemande(e.getId())).isEqualTo(2);

        navigate("assises/gestion/evenement/" + e.getId());
        _setValue(_get(EvenementEditView.class).participantsParDemande, 31);
        _click(_get(EvenementEditView.class).enregistrer);
        assertThat(_get(EvenementEditView.class).participantsParDemande.isInvalid())
                .isTrue();
        assertThat(fixtures.maxParticipantsParDemande(e.getId())).isEqualTo(2);
    }
}
