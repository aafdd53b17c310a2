package fr.coopdec.atlas;

import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.TypeCollectiviteFrancaise;

/**
 * IATI organisation identifiers of French local authorities. Every commune and EPCI has a SIREN
 * number, which the active {@code FR-RCS} entry of the OrganisationRegistrationAgency codelist
 * covers (it replaced the withdrawn {@code FR-INSEE}, the SIRENE register): {@code FR-RCS-<SIREN>}.
 * The referential has no SIREN for régions and départements: they keep a COG-based identifier
 * ({@code FR-COG-REG-84}) until their SIREN is recorded (see README, "Open data and IATI").
 * A partnership stores the identifier it was first published under ({@link Partenariat#getIatiOrgRef()}).
 */
public final class IatiIdentifiers {

    private IatiIdentifiers() {}

    public static String organisationRef(CollectiviteFrancaise c) {
        return organisationRef(c.getType(), c.getCode(), c.getSiren());
    }

    public static String organisationRef(TypeCollectiviteFrancaise type, String code, String siren) {
        if (siren != null && !siren.isBlank()) {
            return "FR-RCS-" + siren;
        }
        return switch (type) {
            // an EPCI's or a grouping's code is its SIREN
            case EPCI, SYNDICAT, ASSOCIATION, ETABLISSEMENT_PUBLIC -> "FR-RCS-" + code;
            case REGION -> "FR-COG-REG-" + code;
            case DEPARTEMENT -> "FR-COG-DEP-" + code;
            case COMMUNE -> "FR-COG-" + code;
        };
    }

    /** The identifier of an activity: the reporting organisation's, then the platform's key. */
    public static String activity(String orgRef, String key) {
        return orgRef + "-COOPDEC-" + key;
    }
}
