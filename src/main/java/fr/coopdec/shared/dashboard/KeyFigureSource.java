package fr.coopdec.shared.dashboard;

import java.util.List;
import java.util.Locale;

/**
 * A module's contribution to the DAECT dashboard: its key figures for a scope, each computed by one
 * SQL query. Modules implement it as a bean; the dashboard collects every such bean, so it knows no
 * module's tables and no module depends on the dashboard.
 */
public interface KeyFigureSource {

    List<KeyFigure> keyFigures(DashboardScope scope);

    /** Yearly series for the trend charts (one SQL GROUP BY each); none by default. */
    default List<YearSeries> trends(DashboardScope scope) {
        return List.of();
    }

    /** What needs someone's attention in this module, oldest first, at most {@code limit}. */
    default List<DashboardAlert> alerts(DashboardScope scope, int limit) {
        return List.of();
    }

    /**
     * This module's records of one French authority, for its 360° page, their details in the reader's
     * language; null when the module has no such records.
     */
    default AuthorityActivity activity(long collectiviteFrancaiseId, Locale locale) {
        return null;
    }
}
