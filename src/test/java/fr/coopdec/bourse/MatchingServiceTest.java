package fr.coopdec.bourse;

import static org.assertj.core.api.Assertions.assertThat;

import fr.coopdec.atlas.AtlasFixtures;
import fr.coopdec.shared.TranslationProvider;
import fr.coopdec.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class MatchingServiceTest {

    @Autowired
    MatchingService service;

    @Autowired
    BourseFixtures fixtures;

    @Test
    void complementary_sheets_are_ranked_with_their_reasons_in_words() {
        fixtures.viderLeCatalogue();
        String t = AtlasFixtures.token();
        FicheBourse lyon = fixtures.francaise("Lyon " + t, List.of("TG"), "EAU_ASSAINISSEMENT", "SANTE", "CULTURE");
        lyon.setPopulation(500_000);
        lyon = fixtures.publiee(lyon);
        FicheBourse best = fixtures.publiee(
                fixtures.etrangere("Lomé " + t, "TG", 700_000, "EAU_ASSAINISSEMENT", "SANTE", "CULTURE"));
        FicheBourse middle = fixtures.publiee(fixtures.etrangere("Dakar " + t, "SN", 1_000_000, "SANTE", "CULTURE"));
        FicheBourse weak = fixtures.publiee(fixtures.etrangere("Village " + t, "TG", 2_000, "SPORT"));
        FicheBourse otherFrench = fixtures.publiee(fixtures.francaise("Autre " + t, List.of("BJ"), "SANTE"));

        List<Correspondance> matches = service.correspondances(lyon.getId(), TranslationProvider.FRENCH);
        List<Long> ids = matches.stream().map(c -> c.fiche().getId()).toList();

        assertThat(ids).contains(best.getId(), middle.getId(), weak.getId()).doesNotContain(otherFrench.getId());
        assertThat(ids.indexOf(best.getId())).isLessThan(ids.indexOf(middle.getId()));
        assertThat(ids.indexOf(middle.getId())).isLessThan(ids.indexOf(weak.getId()));
        Correspondance first = matches.stream()
                .filter(c -> c.fiche().getId().equals(best.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(first.raisons(TranslationProvider.FRENCH))
                .isEqualTo(
                        "3 thèmes communs (Culture et patrimoine, Eau potable et assainissement, Santé de base), pays cible identique, taille comparable");
        Correspondance low = matches.stream()
                .filter(c -> c.fiche().getId().equals(weak.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(low.raisons(TranslationProvider.FRENCH)).isEqualTo("pays cible identique");
        assertThat(low.raisons(TranslationProvider.ENGLISH)).isEqualTo("same target country");

        assertThat(service.correspondances(best.getId(), TranslationProvider.FRENCH))
                .extracting(c -> c.fiche().getId())
                .contains(lyon.getId())
                .doesNotContain(middle.getId());
    }

    @Test
    void sizes_are_comparable_within_a_ratio_of_three() {
        assertThat(MatchingService.comparable(100, 300)).isTrue();
        assertThat(MatchingService.comparable(100, 301)).isFalse();
        assertThat(MatchingService.comparable(null, 300)).isFalse();
    }
}
