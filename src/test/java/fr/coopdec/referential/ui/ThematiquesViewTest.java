package fr.coopdec.referential.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.textfield.TextField;
import fr.coopdec.support.KaribuTest;
import org.junit.jupiter.api.Test;

class ThematiquesViewTest extends KaribuTest {

    @Test
    void anyone_finds_a_theme_by_label_or_dac_code() {
        navigate("referentiel/thematiques");
        ThematiquesView view = _get(ThematiquesView.class);
        TextField search = _get(TextField.class, spec -> spec.withLabel("Rechercher une thématique"));

        _setValue(search, "patrimoine");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).getCode()).isEqualTo("CULTURE");

        _setValue(search, "14030");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).getCode()).isEqualTo("EAU_ASSAINISSEMENT");
    }
}
