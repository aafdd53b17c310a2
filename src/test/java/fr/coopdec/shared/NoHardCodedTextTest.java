package fr.coopdec.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Views show text through {@code getTranslation}: a string literal with words handed to a component
 * constructor or a text setter is a text only French (or only English) users would read.
 */
class NoHardCodedTextTest {

    private static final Pattern COMPONENT_WITH_TEXT = Pattern.compile(
            "new (Button|H1|H2|H3|H4|H5|H6|Span|Paragraph|TextField|EmailField|PasswordField|TextArea|ComboBox"
                    + "|MultiSelectComboBox|Select|Checkbox|DatePicker|DateTimePicker|IntegerField|BigDecimalField"
                    + "|NumberField|Details|Tab|Dialog|Notification|Upload|RadioButtonGroup|CheckboxGroup)"
                    + "(<[^>]*>)?\\(\\s*\"([^\"]*)\"");
    private static final Pattern SETTER_WITH_TEXT = Pattern.compile(
            "\\.(setText|setLabel|setHeader|setTitle|setPlaceholder|setHelperText|setErrorMessage|setHeaderTitle"
                    + "|setAriaLabel|setTooltipText|setEmptySelectionCaption|setConfirmText|setCancelText|show)"
                    + "\\(\\s*\"([^\"]*)\"");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Set<String> ALLOWED = Set.of("CoopDec", "English", "Français");

    @Test
    void views_take_their_texts_from_the_translation_bundles() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/fr/coopdec"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/ui/"))
                    .toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    collect(offenders, file, i + 1, lines.get(i), COMPONENT_WITH_TEXT.matcher(lines.get(i)), 3);
                    collect(offenders, file, i + 1, lines.get(i), SETTER_WITH_TEXT.matcher(lines.get(i)), 2);
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    private static void collect(List<String> offenders, Path file, int line, String text, Matcher matcher, int group) {
        while (matcher.find()) {
            String literal = matcher.group(group);
            if (WORD.matcher(literal).find() && !ALLOWED.contains(literal)) {
                offenders.add(file.getFileName() + ":" + line + " \"" + literal + "\"");
            }
        }
    }
}
