package fr.coopdec.atlas;

import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.referential.ZoneMonde;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The Atlas search as URL query parameters, shared by the search page (so a search can be shared and
 * the back button works) and the open-data API. Parameters: {@code pays} (ISO alpha-2, several),
 * {@code zone}, {@code collectivite} (Atlas key of a French authority), {@code partenaire} (id of a
 * foreign authority), {@code region}, {@code departement}, {@code theme} (several), {@code statut},
 * {@code nature}, {@code debutMin}, {@code debutMax}, {@code q} (full text).
 */
@Component
public class PartenariatFilterParams {

    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");
    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{1,3}");

    private final ReferentialQueries referential;

    PartenariatFilterParams(ReferentialQueries referential) {
        this.referential = referential;
    }

    /** Reads the parameters; an unknown value throws {@link InvalidFilterParameterException} naming it. */
    public PartenariatFilter parse(Map<String, List<String>> params) {
        PartenariatFilter.Builder b = PartenariatFilter.builder();
        Set<String> pays = values(params, "pays").stream()
                .map(v -> v.toUpperCase(Locale.ROOT))
                .peek(v -> require(
                        ISO2.matcher(v).matches() && referential.findPays(v).isPresent(), "pays", v))
                .collect(Collectors.toCollection(TreeSet::new));
        b.pays(pays);
        first(params, "zone").ifPresent(v -> b.zone(enumValue(ZoneMonde.class, "zone", v)));
        first(params, "collectivite")
                .ifPresent(v -> b.collectiviteFrancaise(referential
                        .findCollectiviteFrancaiseByCle(v)
                        .map(CollectiviteFrancaise::getId)
                        .orElseThrow(() -> new InvalidFilterParameterException("collectivite", v))));
        first(params, "partenaire")
                .ifPresent(v -> b.collectivitePartenaire(number("partenaire", v).longValue()));
        first(params, "region").ifPresent(v -> {
            require(CODE.matcher(v).matches(), "region", v);
            b.region(v);
        });
        first(params, "departement").ifPresent(v -> {
            require(CODE.matcher(v).matches(), "departement", v);
            b.departement(v);
        });
        List<String> themes = values(params, "theme");
        if (!themes.isEmpty()) {
            Set<String> known =
                    referential.allThematiques().stream().map(t -> t.getCode()).collect(Collectors.toSet());
            b.thematiques(themes.stream()
                    .map(v -> v.toUpperCase(Locale.ROOT))
                    .peek(v -> require(known.contains(v), "theme", v))
                    .collect(Collectors.toCollection(TreeSet::new)));
        }
        first(params, "statut").ifPresent(v -> b.statut(enumValue(StatutPartenariat.class, "statut", v)));
        first(params, "nature").ifPresent(v -> b.nature(enumValue(NaturePartenariat.class, "nature", v)));
        first(params, "debutMin").ifPresent(v -> b.anneeMin(year("debutMin", v)));
        first(params, "debutMax").ifPresent(v -> b.anneeMax(year("debutMax", v)));
        first(params, "q").ifPresent(b::texte);
        PartenariatFilter filter = b.build();
        if (filter.anneeMin() != null && filter.anneeMax() != null && filter.anneeMin() > filter.anneeMax()) {
            throw new InvalidFilterParameterException("debutMax", String.valueOf(filter.anneeMax()));
        }
        return filter;
    }

    /** The parameters of a filter, in a stable order, without empty ones. */
    public Map<String, List<String>> format(PartenariatFilter filter) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        put(params, "q", filter.texte());
        if (!filter.paysCodes().isEmpty()) {
            params.put("pays", List.copyOf(new TreeSet<>(filter.paysCodes())));
        }
        put(params, "zone", filter.zone());
        if (filter.collectiviteFrancaiseId() != null) {
            referential
                    .findCollectiviteFrancaise(filter.collectiviteFrancaiseId())
                    .ifPresent(c -> params.put("collectivite", List.of(c.getCleAtlas())));
        }
        put(params, "partenaire", filter.collectivitePartenaireId());
        put(params, "region", filter.regionCode());
        put(params, "departement", filter.departementCode());
        if (!filter.thematiqueCodes().isEmpty()) {
            params.put("theme", List.copyOf(new TreeSet<>(filter.thematiqueCodes())));
        }
        put(params, "statut", filter.statut());
        put(params, "nature", filter.nature());
        put(params, "debutMin", filter.anneeMin());
        put(params, "debutMax", filter.anneeMax());
        return params;
    }

    /** "?q=eau&pays=BJ" — {@link #format} as a URL query string (empty for no filter), so shared links look alike. */
    public String queryString(PartenariatFilter filter) {
        String query = format(filter).entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    private static void put(Map<String, List<String>> params, String name, Object value) {
        if (value != null) {
            params.put(name, List.of(value instanceof Enum<?> e ? e.name() : value.toString()));
        }
    }

    /** Values of a repeatable parameter; "a,b" counts as two values. */
    private static List<String> values(Map<String, List<String>> params, String name) {
        return params.getOrDefault(name, List.of()).stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::trim)
                .filter(v -> !v.isEmpty())
                .toList();
    }

    private static java.util.Optional<String> first(Map<String, List<String>> params, String name) {
        return values(params, name).stream().findFirst();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        Map<String, E> byName =
                Arrays.stream(type.getEnumConstants()).collect(Collectors.toMap(Enum::name, Function.identity()));
        E e = byName.get(value.toUpperCase(Locale.ROOT));
        require(e != null, name, value);
        return e;
    }

    private static Integer year(String name, String value) {
        Integer year = number(name, value);
        require(year >= 1900 && year <= 2100, name, value);
        return year;
    }

    private static Integer number(String name, String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new InvalidFilterParameterException(name, value);
        }
    }

    private static void require(boolean condition, String name, String value) {
        if (!condition) {
            throw new InvalidFilterParameterException(name, value);
        }
    }
}
