package fr.coopdec.pact3.ui;

/** Stable URLs of the PACT3 pages. */
final class Pact3Routes {

    static final String APPELS = "pact3/appels";
    static final String JURY_ADMIN = "pact3/appels/:id([0-9]{1,18})/jury";
    static final String CANDIDATURES = "pact3/candidatures";
    static final String JURY = "pact3/jury";
    static final String LAUREATS = "pact3/laureats"; // = Pact3Links.laureats()
    static final String MISSIONS = "pact3/missions";

    private Pact3Routes() {}

    static String juryAdmin(long appelId) {
        return "pact3/appels/" + appelId + "/jury";
    }
}
