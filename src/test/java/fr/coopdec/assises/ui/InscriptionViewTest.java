package fr.coopdec.assises.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import fr.coopdec.assises.AssisesFixtures;
import fr.coopdec.assises.CategorieParticipant;
import fr.coopdec.assises.Evenement;
import fr.coopdec.assises.SessionProgramme;
import fr.coopdec.support.KaribuTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InscriptionViewTest extends KaribuTest {

    @Autowired
    AssisesFixtures fixtures;

    @Test
    void a_full_session_waitlists_the_second_person_who_is_promoted_when_the_first_cancels_through_the_personal_link() {
        Evenement e = fixtures.evenement(10);
        SessionProgramme atelier = fixtures.session(e, "Salle " + AssisesFixtures.token(), 9, 1);

        String lienAlice = inscrire(e, "Alice", atelier);
        assertThat(texteResultat()).contains("Alice Inscrite : Confirmée.");
        String lienBruno = inscrire(e, "Bruno", atelier);
        assertThat(texteResultat())
                .contains("Bruno Inscrite : Confirmée.")
                .contains("Liste d’attente pour 1 session(s).");

        navigate(lienAlice);
        MonInscriptionView alice = _get(MonInscriptionView.class);
        assertThat(alice.statut.getText()).isEqualTo("Statut : Confirmée");
        assertThat(choix()).singleElement().asString().endsWith("Place confirmée");
        _click(alice.annuler);
        assertThat(_get(MonInscriptionView.class).statut.getText()).isEqualTo("Statut : Annulée");

        navigate(lienBruno);
        assertThat(choix())
                .singleElement()
                .asString()
                .contains(atelier.getTitre())
                .endsWith("Place confirmée");
        assertThat(fixtures.placesPrisesSession(atelier.getId())).isEqualTo(1);
    }

    @Test
    void the_personal_link_changes_the_accessibility_needs_and_a_wrong_link_says_so() {
        Evenement e = fixtures.evenement(10);
        String lien = inscrire(e, "Chloe", null);
        navigate(lien);
        MonInscriptionView view = _get(MonInscriptionView.class);
        _setValue(view.accessibilite, "Interprète LSF");
        _click(view.enregistrer);
        assertThat(_get(MonInscriptionView.class).accessibilite.getValue()).isEqualTo("Interprète LSF");

        navigate("assises/inscription/inconnu");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Ce lien d’inscription n’est pas valide. Vérifiez l’adresse reçue par courriel.");
    }

    @Test
    void a_missing_field_keeps_the_input_and_registers_nobody() {
        Evenement e = fixtures.evenement(10);
        navigate("assises/evenements/" + e.getId() + "/inscription");
        InscriptionView view = _get(InscriptionView.class);
        ParticipantForm form = view.personnes.get(0);
        _setValue(form.prenom, "Denis");
        _click(view.inscrire);
        assertThat(form.nom.isInvalid()).isTrue();
        assertThat(form.prenom.getValue()).isEqualTo("Denis");
        assertThat(fixtures.placesPrises(e.getId())).isZero();
    }

    @Test
    void the_public_page_shows_the_programme_and_remaining_places() {
        Evenement e = fixtures.evenement(300);
        SessionProgramme s = fixtures.session(e, "Salle du Bénin", 9, 40, "Marie Dupont");
        navigate("assises/evenements/" + e.getId());
        EvenementView view = _get(EvenementView.class);
        assertThat(_find(view.programme, com.vaadin.flow.component.html.H3.class))
                .extracting(com.vaadin.flow.component.html.H3::getText)
                .containsExactly(s.getTitre());
        assertThat(_get(view.programme, Paragraph.class, spec -> spec.withClasses("programme-places"))
                        .getText())
                .isEqualTo("40 places restantes sur 40");
        assertThat(_get(view.programme, Paragraph.class, spec -> spec.withClasses("programme-when"))
                        .getText())
                .contains("Salle du Bénin");
        assertThat(_find(view.programme, com.vaadin.flow.component.html.ListItem.class))
                .extracting(li -> li.getElement().getText())
                .anyMatch(text -> text.startsWith("Marie Dupont"));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("300 places restantes sur 300");
        assertThat(s.getIntervenants()).hasSize(1);
    }

    @Test
    void an_ended_event_says_registration_is_closed_and_shows_no_form() {
        Evenement termine = fixtures.evenement(
                300, java.time.LocalDate.of(2016, 11, 3), java.time.LocalDate.of(2016, 11, 4), null, null);
        navigate("assises/evenements/" + termine.getId() + "/inscription");
        InscriptionView view = _get(InscriptionView.class);
        assertThat(view.avis.getText()).isEqualTo("Les inscriptions sont closes depuis le 3 novembre 2016.");
        assertThat(view.inscrire.isAttached()).isFalse();
        assertThat(view.personnes).isEmpty();
    }

    @Test
    void a_full_event_says_so_before_the_form_and_sessions_show_the_waitlist() {
        Evenement e = fixtures.evenement(1);
        SessionProgramme atelier = fixtures.session(e, "Salle " + AssisesFixtures.token(), 9, 40);
        fixtures.inscrire(e, "Premier" + AssisesFixtures.token(), true);
        navigate("assises/evenements/" + e.getId() + "/inscription");
        InscriptionView view = _get(InscriptionView.class);
        assertThat(view.avis.getText()).startsWith("Complet — inscription en liste d’attente.");
        assertThat(view.getChildren().toList().indexOf(view.avis))
                .isLessThan(view.getChildren().toList().indexOf(view.inscrire));
        assertThat(view.sessions.getItemLabelGenerator().apply(atelier)).endsWith("complet — liste d’attente");

        inscrire(e, "Second", null);
        assertThat(texteResultat()).contains("Second Inscrite : Liste d’attente.");
    }

    @Test
    void registering_the_same_address_twice_says_the_link_was_sent_again() {
        Evenement e = fixtures.evenement(10);
        String email = "double-" + AssisesFixtures.token() + "@test.coopdec.fr";
        remplir(e, "Emma", email);
        _click(_get(InscriptionView.class).inscrire);
        remplir(e, "Emma", email.toUpperCase());
        _click(_get(InscriptionView.class).inscrire);
        assertThat(texteResultat())
                .contains("Emma Inscrite est déjà inscrit(e) avec cette adresse (Confirmée)")
                .doesNotContain("Lien personnel");
        assertThat(fixtures.placesPrises(e.getId())).isEqualTo(1);
    }

    private void remplir(Evenement e, String prenom, String email) {
        navigate("assises/evenements/" + e.getId() + "/inscription");
        InscriptionView view = _get(InscriptionView.class);
        ParticipantForm form = view.personnes.get(0);
        _setValue(form.prenom, prenom);
        _setValue(form.nom, "Inscrite");
        _setValue(form.email, email);
        _setValue(form.organisation, "Commune de Ouidah");
        _setValue(form.categorie, CategorieParticipant.COLLECTIVITE_PARTENAIRE);
    }

    private String inscrire(Evenement e, String prenom, SessionProgramme session) {
        navigate("assises/evenements/" + e.getId() + "/inscription");
        InscriptionView view = _get(InscriptionView.class);
        ParticipantForm form = view.personnes.get(0);
        _setValue(form.prenom, prenom);
        _setValue(form.nom, "Inscrite");
        _setValue(form.email, prenom.toLowerCase() + "-" + AssisesFixtures.token() + "@test.coopdec.fr");
        _setValue(form.organisation, "Commune de Ouidah");
        _setValue(form.categorie, CategorieParticipant.COLLECTIVITE_PARTENAIRE);
        if (session != null) {
            _setValue(view.sessions, Set.of(session));
        }
        _click(view.inscrire);
        return _find(Anchor.class).stream()
                .map(Anchor::getHref)
                .filter(h -> h.startsWith("assises/inscription/"))
                .findFirst()
                .orElseThrow();
    }

    private static String texteResultat() {
        return _get(InscriptionView.class).resultat.getElement().getTextRecursively();
    }

    private static java.util.List<String> choix() {
        return _find(ListItem.class).stream().map(ListItem::getText).toList();
    }
}
