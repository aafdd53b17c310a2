package fr.coopdec.shared.dashboard;

/**
 * Whose dashboard: everything (DAECT), one country (an embassy post), or one French authority. Built
 * by the dashboard service from the signed-in user, never from what a page asks for, so a source
 * that filters by it cannot leak another scope's figures.
 *
 * @param paysId                  the country's id, or null
 * @param paysCode                the country's ISO alpha-2 code, or null
 * @param collectiviteFrancaiseId the French authority's id, or null
 */
public record DashboardScope(Long paysId, String paysCode, Long collectiviteFrancaiseId) {

    private static final DashboardScope ALL = new DashboardScope(null, null, null);

    public static DashboardScope all() {
        return ALL;
    }

    public static DashboardScope pays(long paysId, String paysCode) {
        return new DashboardScope(paysId, paysCode, null);
    }

    public static DashboardScope collectivite(long collectiviteFrancaiseId) {
        return new DashboardScope(null, null, collectiviteFrancaiseId);
    }

    public boolean isAll() {
        return paysId == null && collectiviteFrancaiseId == null;
    }
}
