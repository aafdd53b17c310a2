package fr.coopdec.referential.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.TypeCollectiviteFrancaise;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.KaribuTest;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CollectivitesViewTest extends KaribuTest {

    @Test
    void anyone_finds_saint_etienne_without_accents_by_name_code_or_postcode() {
        navigate("referentiel/collectivites");
        CollectivitesView view = _get(CollectivitesView.class);
        TextField search = _get(TextField.class, spec -> spec.withLabel("Rechercher une collectivité"));
        @SuppressWarnings("unchecked")
        ComboBox<TypeCollectiviteFrancaise> type = _get(ComboBox.class, spec -> spec.withLabel("Type"));
        _setValue(type, TypeCollectiviteFrancaise.COMMUNE);

        for (String text : new String[] {"saint etienne", "42218", "42000"}) {
            _setValue(search, text);
            assertThat(GridKt._fetch(view.grid, 0, 200))
                    .extracting(CollectiviteFrancaise::getCode)
                    .contains("42218");
        }
        _setValue(search, "saint-étienne-du-rouvray");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).getNom()).isEqualTo("Saint-Étienne-du-Rouvray");
    }

    @Test
    void only_the_daect_sees_the_import_button() {
        navigate("referentiel/collectivites");
        assertThat(_find(ImportPanel.class)).isEmpty();
        login(Role.POSTE);
        navigate("referentiel/collectivites");
        assertThat(_find(ImportPanel.class)).isEmpty();
    }

    @Test
    void the_daect_re_runs_the_import_and_sees_its_summary() throws Exception {
        login(Role.ADMIN);
        navigate("referentiel/collectivites");
        ImportPanel panel = _get(ImportPanel.class);

        _click(panel.start);
        assertThat(panel.progress.isVisible()).isTrue();
        panel.running.get(120, TimeUnit.SECONDS);
        MockVaadin.clientRoundtrip();

        assertThat(panel.summary.getText())
                .startsWith("Import terminé en ")
                .contains("0 ajoutée(s), 0 mise(s) à jour, 36\u202f359 inchangée(s)");
        assertThat(panel.progress.isVisible()).isFalse();
        assertThat(panel.start.isEnabled()).isTrue();
    }
}
