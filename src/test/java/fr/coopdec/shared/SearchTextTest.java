package fr.coopdec.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void accents_case_and_punctuation_are_folded() {
        assertThat(SearchText.fold("Saint-Étienne")).isEqualTo("saint etienne");
        assertThat(SearchText.fold("  L'Haÿ-les-Roses ")).isEqualTo("l hay les roses");
        assertThat(SearchText.fold("Œuvre")).isEqualTo("oeuvre");
    }

    @Test
    void parts_are_joined_and_blanks_skipped() {
        assertThat(SearchText.of("Saint-Étienne", null, "42218", " ")).isEqualTo("saint etienne 42218");
    }

    @Test
    void like_pattern_matches_anywhere_and_ignores_wildcards_typed_by_users() {
        assertThat(SearchText.likePattern("Saint Étienne")).isEqualTo("%saint etienne%");
        assertThat(SearchText.likePattern("   ")).isNull();
        assertThat(SearchText.likePattern("50%")).isEqualTo("%50%");
    }
}
