package fr.coopdec.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** The benchmark's checks, printed at the end; the run fails if one does not hold. */
final class Checks {

    private final Map<String, Boolean> results = new LinkedHashMap<>();

    boolean that(String what, boolean holds) {
        results.merge(what, holds, Boolean::logicalAnd);
        return holds;
    }

    /** Prints every check; true when all hold. */
    boolean print() {
        System.out.println("\nChecks:");
        results.forEach((what, holds) -> System.out.printf("  [%s] %s%n", holds ? "ok" : "FAILED", what));
        return !results.containsValue(false);
    }
}
