package fr.coopdec.referential;

import java.util.EnumSet;
import java.util.Set;

/**
 * Labels: {@code referential.collectivite.type.<NAME>}. The first four come from Etalab; the others are
 * groupings DAECT records by hand (with a SIREN and member authorities), which may apply to PACT3 and
 * FICOL like an authority.
 */
public enum TypeCollectiviteFrancaise {
    REGION,
    DEPARTEMENT,
    EPCI,
    COMMUNE,
    /** Syndicat mixte or intercommunal syndicate not in the Etalab EPCI list. */
    SYNDICAT,
    /** Association (or collective) of local authorities with an international mandate. */
    ASSOCIATION,
    /** Public body of local authorities: GIP, établissement public local. */
    ETABLISSEMENT_PUBLIC;

    public static final Set<TypeCollectiviteFrancaise> ETALAB = EnumSet.of(REGION, DEPARTEMENT, EPCI, COMMUNE);
    public static final Set<TypeCollectiviteFrancaise> GROUPEMENTS =
            EnumSet.of(SYNDICAT, ASSOCIATION, ETABLISSEMENT_PUBLIC);

    public boolean isGroupement() {
        return GROUPEMENTS.contains(this);
    }
}
