package fr.coopdec.shared.dashboard;

/**
 * Whose dashboard: everything (DAECT), one country (an embassy post), or one French authority. Built
 * by the dashboard service from the signed-in user, never from what a page asks for, so a source
 * that filters by it cannot leak another scope's figures.
 *
 * @param paysId                  the country's id, or null
 * @param paysCode                the country's ISO alpha-2 code, or null
 * @param collectiviteFrancaiseId the French authority's id, or null
 * @param daect                   whether DAECT is looking (it opens the national lists, narrowed by
 *                                country; an embassy post opens its own pages)
 */
public record DashboardScope(Long paysId, String paysCode, Long collectiviteFrancaiseId, boolean daect) {

    private static final DashboardScope ALL = new DashboardScope(null, null, null, true);

    public static DashboardScope all() {
        return ALL;
    }

    /** DAECT's dashboard narrowed to a country. */
    public static DashboardScope paysPourDaect(long paysId, String paysCode) {
        return new DashboardScope(paysId, paysCode, null, true);
    }

    /** An embassy post's dashboard: its country. */
    public static DashboardScope pays(long paysId, String paysCode) {
        return new DashboardScope(paysId, paysCode, null, false);
    }

    public static DashboardScope collectivite(long collectiviteFrancaiseId) {
        return new DashboardScope(null, null, collectiviteFrancaiseId, false);
    }

    /** "&pays=BJ" when narrowed to a country, for the query string of a list's link; else empty. */
    public String paysParam(String separator) {
        return paysCode == null ? "" : separator + "pays=" + paysCode;
    }

    public boolean isAll() {
        return paysId == null && collectiviteFrancaiseId == null;
    }
}
