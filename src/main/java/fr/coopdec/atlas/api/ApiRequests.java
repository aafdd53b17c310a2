package fr.coopdec.atlas.api;

import fr.coopdec.atlas.AtlasQueries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Reads the API's paging and sorting parameters strictly: a wrong value is a 400 that names it. */
final class ApiRequests {

    static final int MAX_SIZE = 200;
    static final int DEFAULT_SIZE = 20;
    /** The API's default order is by id, stable across pages; other orders are those AtlasQueries knows. */
    static final Set<String> SORT_KEYS = AtlasQueries.SORT_KEYS;

    private ApiRequests() {}

    static Map<String, List<String>> params(Map<String, String[]> parameterMap) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        parameterMap.forEach((name, values) -> params.put(name, Arrays.asList(values)));
        return params;
    }

    /** Links to the first, previous, next and last pages: the current URL with another {@code page}. */
    static PageJson.Liens liens(int page, int totalPages) {
        int last = Math.max(0, totalPages - 1);
        return new PageJson.Liens(
                link(0),
                page > 0 ? link(Math.min(page - 1, last)) : null,
                page < last ? link(page + 1) : null,
                link(last));
    }

    private static String link(int page) {
        return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", page)
                .build()
                .toUriString();
    }

    static PageRequest pageRequest(String page, String size, List<String> sort) {
        int pageNumber = integer("page", page, 0);
        if (pageNumber < 0) {
            throw ApiException.badParameter("page", page, "api.erreur.page");
        }
        int pageSize = integer("size", size, DEFAULT_SIZE);
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            throw ApiException.badParameter("size", size, "api.erreur.size", MAX_SIZE);
        }
        return PageRequest.of(pageNumber, pageSize, sort(sort));
    }

    /** "intitule", "intitule,desc", repeated for several keys; nothing means by id. */
    static Sort sort(List<String> values) {
        List<Sort.Order> orders = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            String[] parts = value.split(",");
            String key = parts[0].trim();
            String direction = parts.length > 1 ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
            if (!SORT_KEYS.contains(key)
                    || parts.length > 2
                    || !Set.of("asc", "desc").contains(direction)) {
                throw ApiException.badParameter(
                        "sort",
                        value,
                        "api.erreur.sort",
                        String.join(", ", SORT_KEYS.stream().sorted().toList()));
            }
            orders.add(direction.equals("asc") ? Sort.Order.asc(key) : Sort.Order.desc(key));
        }
        return orders.isEmpty() ? Sort.by("id") : Sort.by(orders);
    }

    private static int integer(String name, String value, int byDefault) {
        if (value == null || value.isBlank()) {
            return byDefault;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, value, "api.erreur." + name, MAX_SIZE);
        }
    }
}
