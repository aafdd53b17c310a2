package fr.coopdec.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Both languages must say everything, and placeholders must survive MessageFormat. */
class TranslationsTest {

    @Test
    void french_and_english_bundles_have_the_same_keys() throws IOException {
        for (String bundle : bundles()) {
            assertSameKeys("/vaadin-i18n/" + bundle + ".properties", "/vaadin-i18n/" + bundle + "_en.properties");
        }
    }

    @Test
    void each_key_lives_in_the_bundle_of_its_module() throws IOException {
        for (String bundle : bundles()) {
            Set<String> misplaced = load("/vaadin-i18n/" + bundle + ".properties").stringPropertyNames().stream()
                    .filter(key -> !TranslationProvider.bundleOf(key).equals(bundle))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(misplaced)
                    .as("keys of vaadin-i18n/%s.properties that belong to another bundle", bundle)
                    .isEmpty();
        }
    }

    private static List<String> bundles() {
        List<String> bundles = new ArrayList<>(TranslationProvider.MODULE_BUNDLES);
        bundles.add(TranslationProvider.SHARED_BUNDLE);
        return bundles;
    }

    @Test
    void french_and_english_validation_messages_have_the_same_keys() throws IOException {
        assertSameKeys("/ValidationMessages.properties", "/ValidationMessages_en.properties");
    }

    @Test
    void texts_with_placeholders_use_the_typographic_apostrophe() throws IOException {
        for (String file : bundles().stream()
                .flatMap(b -> java.util.stream.Stream.of(
                        "/vaadin-i18n/" + b + ".properties", "/vaadin-i18n/" + b + "_en.properties"))
                .toList()) {
            Properties bundle = load(file);
            Set<String> broken = bundle.stringPropertyNames().stream()
                    .filter(key -> bundle.getProperty(key).contains("{")
                            && bundle.getProperty(key).contains("'"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(broken)
                    .as("keys of %s whose ' MessageFormat would swallow", file)
                    .isEmpty();
        }
    }

    @Test
    void french_is_the_default_and_english_is_served_on_request() {
        assertThat(TranslationProvider.translate("common.save", Locale.FRENCH)).isEqualTo("Enregistrer");
        assertThat(TranslationProvider.translate("common.save", Locale.GERMAN)).isEqualTo("Enregistrer");
        assertThat(TranslationProvider.translate("common.save", Locale.UK)).isEqualTo("Save");
        assertThat(TranslationProvider.translate("security.password.policy", Locale.FRENCH, 12, 72))
                .isEqualTo("Le mot de passe doit compter entre 12 et 72 caractères.");
    }

    private static void assertSameKeys(String french, String english) throws IOException {
        Set<String> frenchKeys = new TreeSet<>(load(french).stringPropertyNames());
        Set<String> englishKeys = new TreeSet<>(load(english).stringPropertyNames());
        assertThat(englishKeys).as("keys missing in English").containsAll(frenchKeys);
        assertThat(frenchKeys).as("keys missing in French").containsAll(englishKeys);
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
