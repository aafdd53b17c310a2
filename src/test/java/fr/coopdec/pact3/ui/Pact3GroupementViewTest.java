package fr.coopdec.pact3.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.atlas.Partenariat;
import fr.coopdec.pact3.Appel;
import fr.coopdec.pact3.Pact3Fixtures;
import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.GroupementFixtures;
import fr.coopdec.shared.security.Role;
import fr.coopdec.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class Pact3GroupementViewTest extends KaribuTest {

    @Autowired
    AtlasFixtures atlas;

    @Autowired
    Pact3Fixtures fixtures;

    @Autowired
    GroupementFixtures groupements;

    @Test
    void an_association_of_authorities_applies_to_pact3_like_an_authority() {
        Appel appel = fixtures.appelOuvert();
        CollectiviteFrancaise association =
                groupements.association("Réseau Bretagne Monde " + AtlasFixtures.token(), "35238", "29019");
        Partenariat reference = atlas.partenariat(
                "Référence groupement " + AtlasFixtures.token(), association, "SN", "EAU_ASSAINISSEMENT");
        login(testUsers.create(Role.COLLECTIVITE, u -> u.setCollectiviteFrancaise(association)));

        navigate("pact3/candidatures");
        CandidaturesView candidatures = Pact3Ui.brouillonAvecPiece(
                appel,
                reference,
                atlas.thematique("EAU_ASSAINISSEMENT"),
                "Mutualisation de l’ingénierie de l’eau des communes membres",
                "Chargée de mission internationale du réseau");
        _click(candidatures.soumettre);
        NotificationsKt.expectNotifications(
                "Candidature soumise. Elle ne peut plus être modifiée ; le jury va l’examiner.");
        assertThat(GridKt._getFormatted(candidatures.grid, 0, "statut")).isEqualTo("Soumise");
        assertThat(GridKt._findAll(candidatures.grid).get(0).getCollectiviteNom())
                .isEqualTo(association.getNom());
    }
}
