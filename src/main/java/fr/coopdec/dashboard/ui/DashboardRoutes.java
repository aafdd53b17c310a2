package fr.coopdec.dashboard.ui;

/** The dashboard's URLs, shared by its views (people bookmark them). */
final class DashboardRoutes {

    static final String DASHBOARD = "tableau-de-bord";
    static final String AUTHORITY = "tableau-de-bord/collectivites/:cle";

    private DashboardRoutes() {}

    static String authority(String cle) {
        return "tableau-de-bord/collectivites/" + cle;
    }
}
