package fr.coopdec.referential.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.GroupementFixtures;
import fr.coopdec.referential.GroupementResume;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.referential.TypeCollectiviteFrancaise;
import fr.coopdec.shared.security.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class GroupementsViewTest extends fr.coopdec.support.KaribuTest {

    @Autowired
    ReferentialQueries referential;

    @Test
    void the_daect_records_a_syndicat_with_its_siren_and_members_and_a_bad_siren_is_explained_at_the_field() {
        login(Role.ADMIN);
        navigate("referentiel/groupements");
        GroupementsView view = _get(GroupementsView.class);
        String nom = "Syndicat mixte des eaux " + GroupementFixtures.siren();
        CollectiviteFrancaise lyon = referential
                .findCollectiviteFrancaise(TypeCollectiviteFrancaise.COMMUNE, "69123")
                .orElseThrow();
        CollectiviteFrancaise villeurbanne = referential
                .findCollectiviteFrancaise(TypeCollectiviteFrancaise.COMMUNE, "69266")
                .orElseThrow();

        _setValue(view.type, TypeCollectiviteFrancaise.SYNDICAT);
        _setValue(view.nom, nom);
        _setValue(view.siren, "200046978");
        _click(view.enregistrer);
        assertThat(view.siren.isInvalid()).isTrue();
        assertThat(view.siren.getErrorMessage()).startsWith("Ce SIREN n’est pas valide");
        assertThat(view.membres.getErrorMessage()).isEqualTo("Choisissez au moins une collectivité membre.");
        assertThat(view.nom.getValue()).isEqualTo(nom);

        String siren = GroupementFixtures.siren();
        _setValue(view.siren, siren);
        _setValue(view.membres, Set.of(lyon, villeurbanne));
        _click(view.enregistrer);
        NotificationsKt.expectNotifications("Groupement « " + nom + " » enregistré.");
        GroupementResume saved = GridKt._findAll(view.grid).stream()
                .filter(g -> g.siren().equals(siren))
                .findFirst()
                .orElseThrow();
        assertThat(saved.nom()).isEqualTo(nom);
        assertThat(saved.membres()).isEqualTo(2);
        assertThat(saved.cleAtlas()).isEqualTo("grp-" + siren);
        assertThat(view.nom.getValue()).isEmpty();
    }

    @Test
    void only_the_daect_opens_the_groupings() {
        login(Role.AFD);
        navigate("referentiel/groupements");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> _find(GroupementsView.class))
                .hasMessageContaining("com.vaadin.flow.router.AccessDeniedException");
    }
}
