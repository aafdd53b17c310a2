package fr.coopdec.atlas.ui;

import fr.coopdec.atlas.PartenariatFilter;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.referential.Thematique;
import fr.coopdec.referential.ZoneMonde;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a click on a chart item adds to the filters. Codes come from the browser, so each one is
 * checked against the referential; an unknown one (a disputed territory without ISO code) does nothing.
 */
final class ChartRefinements {

    @FunctionalInterface
    interface Refinement {
        Optional<PartenariatFilter> apply(PartenariatFilter filter, String code);
    }

    private final ReferentialQueries referential;

    ChartRefinements(ReferentialQueries referential) {
        this.referential = referential;
    }

    Optional<PartenariatFilter> pays(PartenariatFilter filter, String code) {
        String iso = code == null ? "" : code.toUpperCase(Locale.ROOT);
        if (!iso.matches("[A-Z]{2}") || referential.findPays(iso).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                filter.toBuilder().pays(with(filter.paysCodes(), iso)).build());
    }

    Optional<PartenariatFilter> theme(PartenariatFilter filter, String code) {
        boolean known =
                referential.allThematiques().stream().map(Thematique::getCode).anyMatch(c -> c.equals(code));
        return known
                ? Optional.of(filter.toBuilder()
                        .thematiques(with(filter.thematiqueCodes(), code))
                        .build())
                : Optional.empty();
    }

    Optional<PartenariatFilter> zone(PartenariatFilter filter, String code) {
        return Arrays.stream(ZoneMonde.values())
                .filter(z -> z.name().equals(code))
                .findFirst()
                .map(z -> filter.toBuilder().zone(z).build());
    }

    /** A start year: the range becomes that single year. */
    Optional<PartenariatFilter> year(PartenariatFilter filter, String code) {
        if (code == null || !code.matches("(19|20)[0-9]{2}")) {
            return Optional.empty();
        }
        int year = Integer.parseInt(code);
        return Optional.of(filter.toBuilder().anneeMin(year).anneeMax(year).build());
    }

    Optional<PartenariatFilter> region(PartenariatFilter filter, String code) {
        if (code == null || !code.matches("[0-9A-Z]{1,3}")) {
            return Optional.empty();
        }
        return Optional.of(filter.toBuilder().region(code).build());
    }

    private static Set<String> with(Set<String> codes, String code) {
        Set<String> all = new TreeSet<>(codes);
        all.add(code);
        return all;
    }
}
