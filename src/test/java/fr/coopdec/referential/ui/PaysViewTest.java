package fr.coopdec.referential.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import fr.coopdec.referential.Pays;
import fr.coopdec.referential.PaysService;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.KaribuTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PaysViewTest extends KaribuTest {

    @Autowired
    ReferentialQueries queries;

    @Autowired
    PaysService service;

    @Test
    void anyone_searches_countries_by_name_without_accents_and_cannot_edit() {
        navigate("referentiel/pays");
        PaysView view = _get(PaysView.class);

        _setValue(_get(TextField.class, spec -> spec.withLabel("Rechercher un pays")), "benin");

        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).getCodeAlpha2()).isEqualTo("BJ");
        assertThat(_get(Span.class, spec -> spec.withClasses("result-count")).getText())
                .isEqualTo("1 résultat(s)");
        assertThat(view.grid.getColumnByKey(PaysView.EDIT_COLUMN)).isNull();
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Pays · CoopDec");
    }

    @Test
    void a_post_cannot_edit_countries() {
        login(Role.POSTE);
        navigate("referentiel/pays");
        assertThat(_get(PaysView.class).grid.getColumnByKey(PaysView.EDIT_COLUMN))
                .isNull();
    }

    @Test
    void the_daect_edits_a_country() {
        login(Role.ADMIN);
        PaysForm form = openForm("tuvalu");
        String source = "Source " + UUID.randomUUID();

        _setValue(form.categorieCadSource, source);
        _click(form.save);

        assertThat(form.isOpened()).isFalse();
        assertThat(queries.findPays("TV").orElseThrow().getCategorieCadSource()).isEqualTo(source);
    }

    @Test
    void a_concurrent_edit_is_reported_and_the_input_kept() {
        login(Role.ADMIN);
        PaysForm form = openForm("tuvalu");
        Pays meanwhile = queries.findPays("TV").orElseThrow();
        meanwhile.setCategorieCadSource("Meanwhile " + UUID.randomUUID());
        service.save(meanwhile);

        _setValue(form.categorieCadSource, "Mine");
        _click(form.save);

        assertThat(form.isOpened()).isTrue();
        assertThat(form.categorieCadSource.getValue()).isEqualTo("Mine");
        NotificationsKt.expectNotifications("Quelqu’un d’autre a modifié cette fiche pendant que vous la modifiiez. "
                + "Vos saisies sont conservées : rechargez la fiche pour voir sa version actuelle, puis reportez vos "
                + "modifications.");
    }

    private PaysForm openForm(String search) {
        navigate("referentiel/pays");
        PaysView view = _get(PaysView.class);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Rechercher un pays")), search);
        _click((Button) GridKt._getCellComponent(view.grid, 0, PaysView.EDIT_COLUMN));
        return _get(PaysForm.class);
    }
}
