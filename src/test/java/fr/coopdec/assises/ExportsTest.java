package fr.coopdec.assises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.coopdec.shared.BusinessException;
import fr.coopdec.support.IntegrationTest;
import fr.coopdec.support.TestUsers;
import java.io.StringReader;
import java.time.LocalDate;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ExportsTest {

    @Autowired
    CalendrierService calendrier;

    @Autowired
    ParticipantsService participants;

    @Autowired
    DocumentsService documents;

    @Autowired
    PresenceService presences;

    @Autowired
    SuiviService suivi;

    @Autowired
    AssisesFixtures fixtures;

    @Autowired
    TestUsers users;

    @AfterEach
    void signOut() {
        users.signOut();
    }

    @Test
    void the_programme_and_a_participants_own_sessions_export_as_icalendar() throws Exception {
        Evenement e = fixtures.evenement(10);
        SessionProgramme matin = fixtures.session(e, "Salle Mono", 9, 10, "Marie Dupont");
        SessionProgramme soir = fixtures.session(e, "Salle Mono", 15, 10);
        var inscrit = fixtures.inscrire(e, "Agenda", true, soir.getId());

        Calendar programme = new CalendarBuilder().build(new StringReader(calendrier.programme(e.getId())));
        assertThat(programme.<VEvent>getComponents("VEVENT"))
                .extracting(v -> v.getSummary().getValue())
                .containsExactly(matin.getTitre(), soir.getTitre());
        assertThat(programme.toString())
                .contains("DTSTART:20991104T090000", "LOCATION:Salle Mono\\, Cotonou", "Marie Dupont");

        Calendar mien = new CalendarBuilder().build(new StringReader(calendrier.mesSessions(inscrit.jeton())));
        assertThat(mien.<VEvent>getComponents("VEVENT"))
                .extracting(v -> v.getSummary().getValue())
                .containsExactly(soir.getTitre());
    }

    @Test
    void csv_export_and_attendance_certificate() throws Exception {
        Evenement e = fixtures.evenement(10);
        var a = fixtures.inscrire(e, "Exporte", true);
        users.signIn(fixtures.organisateur(e));
        assertThat(participants.csv(e.getId()))
                .contains("prenom;nom;email")
                .contains("Awa;Exporte;exporte@test.coopdec.fr");

        assertThatThrownBy(() -> documents.attestation(a.id())).isInstanceOf(BusinessException.class);
        presences.pointer(a.id(), LocalDate.of(2099, 11, 4));
        try (PDDocument pdf = Loader.loadPDF(documents.attestation(a.id()))) {
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains("Attestation de présence", "Awa Exporte", "4 novembre 2099");
        }
    }

    @Test
    void follow_up_actions_show_progress_and_refuse_an_unknown_partnership() {
        Evenement e = fixtures.evenement(10);
        SessionProgramme s = fixtures.session(e, "Salle Zou", 9, 10);
        users.signIn(fixtures.organisateur(e));
        suivi.ajouterResultat(s.getId(), Resultat.Type.ENGAGEMENT, "Créer un fonds commun");
        ActionSuivi faite =
                suivi.ajouterAction(e.getId(), s.getId(), "Étude", "Ville de Lyon", LocalDate.of(2017, 6, 30), null);
        suivi.ajouterAction(e.getId(), null, "Forum", "CCI Bénin", null, null);
        suivi.changerStatut(faite.getId(), ActionSuivi.Statut.FAITE);
        assertThatThrownBy(() -> suivi.ajouterAction(e.getId(), null, "X", "Y", null, -5L))
                .isInstanceOf(BusinessException.class);

        assertThat(suivi.avancement(e.getId())).isEqualTo(new Avancement(2, 1, 0));
        assertThat(suivi.resultats(e.getId())).extracting(Resultat::getTexte).containsExactly("Créer un fonds commun");
    }

    @Test
    void participant_fields_that_look_like_formulas_are_neutralised_in_the_csv() throws Exception {
        Evenement e = fixtures.evenement(10);
        String nom = "+Formule" + AssisesFixtures.token();
        Participant hostile = new Participant(
                "=1+1",
                nom,
                "formule" + AssisesFixtures.token().toLowerCase() + "@test.coopdec.fr",
                "@SUM(1+1)*cmd|' /C calc'!A0",
                CategorieParticipant.SOCIETE_CIVILE,
                null,
                null,
                "-2+3+cmd|' /C calc'!A0");
        inscriptions.inscrire(
                e.getId(), new DemandeInscription(java.util.List.of(hostile), java.util.Set.of(), false, "fr"));
        users.signIn(fixtures.organisateur(e));

        String csv = participants.csv(e.getId()).substring(1); // the byte-order mark
        var rows = org.apache.commons.csv.CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
        var row = rows.stream()
                .filter(r -> r.get("nom").endsWith(nom))
                .findFirst()
                .orElseThrow();
        assertThat(row.get("prenom")).isEqualTo("'=1+1");
        assertThat(row.get("nom")).isEqualTo("'" + nom);
        assertThat(row.get("organisation")).isEqualTo("'@SUM(1+1)*cmd|' /C calc'!A0");
        assertThat(row.get("accessibilite")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(row.get("id")).matches("\\d+");
    }

    @Autowired
    InscriptionService inscriptions;
}
