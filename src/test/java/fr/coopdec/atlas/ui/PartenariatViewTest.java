package fr.coopdec.atlas.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouterLink;
import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.atlas.AtlasUiFixtures;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.atlas.PartenariatService;
import fr.coopdec.atlas.StatutPartenariat;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PartenariatViewTest extends KaribuTest {

    @Autowired
    AtlasFixtures fixtures;

    @Autowired
    AtlasUiFixtures ui;

    @Autowired
    PartenariatService service;

    @Autowired
    fr.coopdec.ficol.FicolFixtures ficol;

    private String token;
    private Partenariat partenariat;

    @BeforeEach
    void aPartnershipWithAProject() {
        token = AtlasFixtures.token();
        partenariat = ui.complet("Eau potable " + token);
    }

    @Test
    void the_public_reads_the_partnership_its_projects_and_co_financing_in_french() {
        navigate("atlas/partenariats/" + partenariat.getId());

        String page = text();
        assertThat(page)
                .contains(
                        "Eau potable " + token,
                        "Jumelage",
                        "En sommeil",
                        "De 2015 à 2024",
                        "Bénin",
                        "Saint-Étienne",
                        "Eau potable et assainissement",
                        "Accès à l’eau potable dans les quartiers périphériques.");
        assertThat(page)
                .contains(
                        "Forages Eau potable " + token,
                        "En achèvement",
                        "Du 1 mars 2019 au 31 décembre 2022",
                        "Budget total150 000 €",
                        "DAECT (MEAE) : 45 000 €",
                        "Collectivités partenaires : 105 000 €");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Eau potable " + token + " · CoopDec");
    }

    @Test
    void the_public_reads_the_ficol_grants_of_the_partnership_and_each_tranche_paid() {
        var grant = ficol.accorde("69123", "BJ", 500_000, 200_000, 150_000);
        long id = grant.getPartenariatId();

        navigate("atlas/partenariats/" + id);

        FinancementsSection section = _get(FinancementsSection.class);
        assertThat(section.getId()).contains(FinancementsSection.ID);
        String text =
                section.getElement().getTextRecursively().replace('\u202f', ' ').replace('\u00a0', ' ');
        assertThat(text)
                .contains(
                        "Subventions accordées (1)",
                        grant.getIntitule(),
                        "RéférenceFICOL-" + grant.getId(),
                        "FinanceurAgence française de développement (FICOL)",
                        "Accordée le10 janvier 2024",
                        "Montant accordé500 000 €",
                        "Versé à ce jour350 000 €",
                        "Le 1 mars 2024 : 200 000 €",
                        "Le 1 septembre 2024 : 150 000 €");
    }

    @Test
    void a_partnership_without_grant_has_no_grants_section_and_english_readers_read_it_in_english() {
        navigate("atlas/partenariats/" + partenariat.getId());
        assertThat(_find(FinancementsSection.class)).isEmpty();

        var grant = ficol.accorde("69123", "BJ", 400_000);
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(java.util.Locale.ENGLISH);
        navigate("atlas/partenariats/" + grant.getPartenariatId());
        assertThat(_get(FinancementsSection.class).getElement().getTextRecursively())
                .contains("Grants awarded (1)", "Amount awarded", "No payment to date.");
    }

    @Test
    void the_public_sees_the_functions_of_the_contacts_but_not_their_names() {
        navigate("atlas/partenariats/" + partenariat.getId());

        String contacts = _get(ContactsSection.class).getElement().getTextRecursively();
        assertThat(contacts)
                .contains(
                        "Adjointe aux relations internationales",
                        "Chargé de mission coopération",
                        "réservés aux utilisateurs connectés");
        assertThat(contacts).doesNotContain("Jeanne Martin", "paul.durand@example.fr");
        assertThat(_find(_get(ContactsSection.class), Anchor.class)).isEmpty();
    }

    @Test
    void a_signed_in_user_sees_who_to_write_to_but_may_not_edit_outside_the_scope() {
        login(Role.AFD);
        navigate("atlas/partenariats/" + partenariat.getId());

        String contacts = _get(ContactsSection.class).getElement().getTextRecursively();
        assertThat(contacts)
                .contains("Jeanne Martin, Adjointe aux relations internationales", "paul.durand@example.fr");
        assertThat(_find(Button.class, spec -> spec.withId(PartenariatView.EDIT_ID)))
                .isEmpty();
    }

    @Test
    void the_authority_of_the_partnership_may_edit_it_another_may_not() {
        login(testUsers.create(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(fixtures.commune("33063"))));
        navigate("atlas/partenariats/" + partenariat.getId());
        assertThat(_find(Button.class, spec -> spec.withId(PartenariatView.EDIT_ID)))
                .isEmpty();

        login(testUsers.create(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(fixtures.commune("42218"))));
        navigate("atlas/partenariats/" + partenariat.getId());
        // the button leads to the edit form's route (AtlasRoutes.partenariatEdit), a view of its own
        assertThat(_get(Button.class, spec -> spec.withId(PartenariatView.EDIT_ID))
                        .getText())
                .isEqualTo("Modifier");
    }

    @Test
    void the_history_names_the_changed_fields_in_words_and_hides_authors_from_the_public() {
        Partenariat changed = service.findDetail(partenariat.getId()).orElseThrow();
        changed.setStatut(StatutPartenariat.ACTIF);
        changed.setIntitule("Eau et forages " + token);
        ui.save(changed);

        navigate("atlas/partenariats/" + partenariat.getId());

        String history = _get(HistorySection.class).getElement().getTextRecursively();
        assertThat(history)
                .contains(
                        "un contributeur : modification. Champs modifiés : Intitulé, Statut.",
                        "un contributeur : création.");
        assertThat(history).doesNotContain("@test.coopdec.fr");
        String email = login(Role.AFD);
        navigate("atlas/partenariats/" + partenariat.getId());
        assertThat(_get(HistorySection.class).getElement().getTextRecursively())
                .contains("admin-")
                .doesNotContain(email);
    }

    @Test
    void partners_and_country_link_to_their_pages() {
        navigate("atlas/partenariats/" + partenariat.getId());

        assertThat(_find(RouterLink.class))
                .extracting(RouterLink::getHref)
                .contains(
                        "atlas/pays/BJ",
                        "atlas/collectivites/42218",
                        "atlas/collectivites/etr-"
                                + partenariat
                                        .getCollectivitesPartenaires()
                                        .iterator()
                                        .next()
                                        .getId());
        com.github.mvysny.kaributesting.v10.RouterLinkKt._click(_get(RouterLink.class, spec -> spec.withText("Bénin")));
        assertThat(_get(PaysAtlasView.class)).isNotNull();
    }

    @Test
    void an_unknown_partnership_gives_a_french_not_found_page() {
        navigate("atlas/partenariats/999999999999");

        AtlasNotFoundView notFound = _get(AtlasNotFoundView.class);
        assertThat(notFound.title.getText()).isEqualTo("Page introuvable");
        assertThat(notFound.message.getText()).startsWith("Ce partenariat n’existe pas ou a été supprimé.");
        assertThat(_find(PartenariatView.class)).isEmpty();
        assertThat(_find(fr.coopdec.shared.ui.MainLayout.class))
                .as("shown inside the usual frame")
                .hasSize(1);
    }

    private static String text() {
        // French number formats use (narrow) no-break spaces; compare with plain ones
        return _get(PartenariatView.class)
                .getElement()
                .getTextRecursively()
                .replace('\u202f', ' ')
                .replace('\u00a0', ' ');
    }
}
