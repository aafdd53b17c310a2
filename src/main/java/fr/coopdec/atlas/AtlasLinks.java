package fr.coopdec.atlas;

import java.util.Locale;

/**
 * The Atlas pages other modules may link to. Their routes are the Atlas's public contract (people
 * bookmark them): other modules call these instead of writing the paths themselves.
 */
public final class AtlasLinks {

    private AtlasLinks() {}

    public static String partenariat(long id) {
        return "atlas/partenariats/" + id;
    }

    public static String partenariatEdit(long id) {
        return "atlas/partenariats/" + id + "/modifier";
    }

    /** {@code key} is an Atlas key of an authority: COG code, SIREN, dep-42, reg-84, or etr-{id}. */
    public static String collectivite(String key) {
        return "atlas/collectivites/" + key;
    }

    public static String pays(String iso) {
        return "atlas/pays/" + iso.toUpperCase(Locale.ROOT);
    }
}
