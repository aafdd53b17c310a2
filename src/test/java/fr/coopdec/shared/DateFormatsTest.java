package fr.coopdec.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** One date format per language, on the pages and in the messages that carry a date. */
class DateFormatsTest {

    private static final LocalDate DAY = LocalDate.of(2016, 11, 4);

    @Test
    void french_is_day_month_year_in_words_and_english_is_british_never_american() {
        assertThat(DateFormats.date(TranslationProvider.FRENCH).format(DAY)).isEqualTo("4 novembre 2016");
        assertThat(DateFormats.date(TranslationProvider.ENGLISH).format(DAY)).isEqualTo("4 November 2016");
        assertThat(DateFormats.date(java.util.Locale.US).format(DAY)).isEqualTo("4 November 2016");
    }

    @Test
    void a_date_given_to_a_message_is_written_in_the_reader_s_language() {
        assertThat(TranslationProvider.translate(
                        "assises.erreur.inscriptions-closes", TranslationProvider.FRENCH, "Assises", DAY))
                .contains("4 novembre 2016")
                .doesNotContain("2016-11-04");
        assertThat(TranslationProvider.translate(
                        "assises.erreur.inscriptions-closes", TranslationProvider.ENGLISH, "Assises", DAY))
                .contains("4 November 2016");
    }
}
