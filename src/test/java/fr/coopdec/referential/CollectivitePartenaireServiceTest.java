package fr.coopdec.referential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.coopdec.shared.TranslationProvider;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.IntegrationTest;
import fr.coopdec.support.TestUsers;
import java.io.StringReader;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class CollectivitePartenaireServiceTest {

    @Autowired
    CollectivitePartenaireService service;

    @Autowired
    ReferentialQueries queries;

    @Autowired
    TestUsers testUsers;

    @Autowired
    UserDetailsService userDetailsService;

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void benin_departements_and_communes_are_seeded_once() {
        assertThat(found("Abomey-Calavi")).isEqualTo(1);
        CollectivitePartenaire abomey = queries.findCollectivitesPartenaires(
                        CollectivitePartenaireFilter.text("Abomey-Calavi"), Pageable.ofSize(5))
                .getContent()
                .get(0);
        assertThat(abomey.getParent().getNom()).isEqualTo("Atlantique");
    }

    @Test
    void a_file_with_an_unknown_country_code_is_refused_whole_with_the_line_number() {
        signIn(testUsers.create(Role.ADMIN));
        String csv = "nom,pays,niveau,code,parent\n"
                + "Province " + unique + ",SN,REGION,P-" + unique + ",\n"
                + "Ville " + unique + ",XX,COMMUNE,,\n"
                + "Autre " + unique + ",SN,VILLAGE,,\n";

        CsvImportResult result = service.importCsv(new StringReader(csv));

        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).extracting(CsvLineError::line).containsExactly(3, 4);
        CsvLineError error = result.errors().get(0);
        assertThat(TranslationProvider.translate(
                        error.messageKey(), Locale.FRENCH, error.arguments().toArray()))
                .isEqualTo("code pays inconnu « XX » (attendu : code ISO alpha-2, par exemple BJ).");
        assertThat(found(unique)).isZero();
    }

    @Test
    void a_good_file_is_stored_with_parents_from_the_file_and_can_be_sent_again() {
        signIn(testUsers.create(Role.ADMIN));
        String csv = "nom,pays,niveau,code,parent\n"
                + "Ville " + unique + ",SN,COMMUNE,V-" + unique + ",P-" + unique + "\n"
                + "Province " + unique + ",SN,REGION,P-" + unique + ",\n";

        CsvImportResult first = service.importCsv(new StringReader(csv));
        CsvImportResult second = service.importCsv(new StringReader(csv));

        assertThat(first.errors()).isEmpty();
        assertThat(first.added()).isEqualTo(2);
        assertThat(second.added()).isZero();
        assertThat(second.alreadyPresent()).isEqualTo(2);
        CollectivitePartenaire ville = queries.findCollectivitesPartenaires(
                        CollectivitePartenaireFilter.text("Ville " + unique), Pageable.ofSize(5))
                .getContent()
                .get(0);
        assertThat(ville.getParent().getNom()).isEqualTo("Province " + unique);
    }

    @Test
    void a_post_adds_authorities_in_its_own_country() {
        Pays benin = queries.findPays("BJ").orElseThrow();
        signIn(testUsers.create(Role.POSTE, user -> user.setPays(benin)));

        service.save(new CollectivitePartenaire("Commune " + unique, benin, NiveauCollectivitePartenaire.COMMUNE));
        CsvImportResult imported = service.importCsv(
                new StringReader("nom,pays,niveau,code,parent\nVillage " + unique + ",BJ,AUTRE,,BJ-ZO\n"));

        assertThat(imported.added()).isEqualTo(1);
        assertThat(found(unique)).isEqualTo(2);
    }

    @Test
    void a_post_may_not_add_authorities_in_another_country() {
        Pays benin = queries.findPays("BJ").orElseThrow();
        Pays senegal = queries.findPays("SN").orElseThrow();
        signIn(testUsers.create(Role.POSTE, user -> user.setPays(benin)));

        assertThatThrownBy(() -> service.save(
                        new CollectivitePartenaire("Commune " + unique, senegal, NiveauCollectivitePartenaire.COMMUNE)))
                .isInstanceOf(AccessDeniedException.class);
        CsvImportResult imported =
                service.importCsv(new StringReader("nom,pays,niveau,code,parent\nVillage " + unique + ",SN,AUTRE,,\n"));

        assertThat(imported.errors())
                .extracting(CsvLineError::line, CsvLineError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "referential.csv.error.pays-out-of-scope"));
        assertThat(found(unique)).isZero();
    }

    @Test
    void other_roles_and_anonymous_visitors_may_not_add_authorities() {
        Pays benin = queries.findPays("BJ").orElseThrow();
        assertThatThrownBy(() -> service.save(
                        new CollectivitePartenaire("Commune " + unique, benin, NiveauCollectivitePartenaire.COMMUNE)))
                .isInstanceOf(Exception.class);
        signIn(testUsers.create(Role.AFD));
        assertThatThrownBy(() -> service.save(
                        new CollectivitePartenaire("Commune " + unique, benin, NiveauCollectivitePartenaire.COMMUNE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(found(unique)).isZero();
    }

    private long found(String text) {
        return queries.findCollectivitesPartenaires(CollectivitePartenaireFilter.text(text), Pageable.ofSize(10))
                .getTotalElements();
    }

    private void signIn(String email) {
        UserDetails user = userDetailsService.loadUserByUsername(email);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
