package fr.coopdec.referential.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextField;
import fr.coopdec.referential.CollectivitePartenaireFilter;
import fr.coopdec.referential.NiveauCollectivitePartenaire;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.KaribuTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

class PartenairesViewTest extends KaribuTest {

    @Autowired
    ReferentialQueries queries;

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anyone_searches_foreign_authorities_and_cannot_add_any() {
        navigate("referentiel/partenaires");
        PartenairesView view = _get(PartenairesView.class);

        _setValue(_get(TextField.class, spec -> spec.withLabel("Rechercher une collectivité partenaire")), "calavi");

        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).getNom()).isEqualTo("Abomey-Calavi");
        assertThat(_find(Button.class, spec -> spec.withId("add-partenaire"))).isEmpty();
        assertThat(_find(PartenaireCsvUpload.class)).isEmpty();
    }

    @Test
    void the_form_shows_a_missing_name_next_to_the_field_then_saves() {
        login(Role.ADMIN);
        navigate("referentiel/partenaires");
        _click(_get(Button.class, spec -> spec.withId("add-partenaire")));
        PartenaireForm form = _get(PartenaireForm.class);

        _click(form.save);

        assertThat(form.nom.isInvalid()).isTrue();
        assertThat(form.nom.getErrorMessage()).isEqualTo("Saisissez le nom de la collectivité.");
        assertThat(form.isOpened()).isTrue();

        _setValue(form.nom, "Thiès " + unique);
        _setValue(form.pays, queries.findPays("SN").orElseThrow());
        _setValue(form.niveau, NiveauCollectivitePartenaire.COMMUNE);
        _click(form.save);

        assertThat(form.isOpened()).isFalse();
        assertThat(found(unique)).isEqualTo(1);
    }

    @Test
    void an_uploaded_file_with_a_bad_line_is_refused_with_the_line_listed() {
        login(Role.ADMIN);
        navigate("referentiel/partenaires");
        PartenaireCsvUpload upload = _get(PartenaireCsvUpload.class);
        String csv = "nom,pays,niveau,code,parent\nKaolack " + unique + ",SN,COMMUNE,,\nZiguinchor " + unique
                + ",XX,COMMUNE,,\n";

        UploadKt._upload(upload.upload, "partenaires.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();

        assertThat(_find(upload, ListItem.class))
                .extracting(ListItem::getText)
                .containsExactly("Ligne 3 : code pays inconnu « XX » (attendu : code ISO alpha-2, par exemple BJ).");
        assertThat(found(unique)).isZero();
    }

    private long found(String text) {
        return queries.findCollectivitesPartenaires(CollectivitePartenaireFilter.text(text), Pageable.ofSize(5))
                .getTotalElements();
    }
}
