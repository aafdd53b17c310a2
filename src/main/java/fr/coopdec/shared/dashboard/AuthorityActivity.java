package fr.coopdec.shared.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * One module's records of a French authority on its 360° page, each with its last update (the
 * freshness the page shows).
 */
public record AuthorityActivity(int order, String titleKey, List<Line> lines) {

    public record Line(String label, String detail, Instant lastUpdate, String link) {}
}
