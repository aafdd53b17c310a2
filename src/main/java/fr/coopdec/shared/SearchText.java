package fr.coopdec.shared;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Folds text for accent-, case- and punctuation-insensitive search: "Saint-Étienne" and
 * "saint etienne" both become "saint etienne". Entities store the folded form of their searchable
 * fields in a {@code search_text} column that queries match with {@code LIKE}.
 */
public final class SearchText {

    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private SearchText() {}

    /** The folded form of the given parts, separated by spaces; null and blank parts are skipped. */
    public static String of(String... parts) {
        return Arrays.stream(parts)
                .filter(Objects::nonNull)
                .map(SearchText::fold)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" "));
    }

    /** The folded text, or an empty string. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.replace("œ", "oe").replace("Œ", "OE"), Normalizer.Form.NFD);
        String plain = DIACRITICS.matcher(decomposed).replaceAll("").toLowerCase(java.util.Locale.ROOT);
        return NON_ALPHANUMERIC.matcher(plain).replaceAll(" ").trim();
    }

    /** A {@code LIKE} pattern that finds the folded query anywhere, or null for a blank query. */
    public static String likePattern(String query) {
        String folded = fold(query);
        return folded.isEmpty() ? null : "%" + folded.replace("%", "").replace("_", "") + "%";
    }
}
