package fr.coopdec.atlas.ui;

import fr.coopdec.atlas.AtlasLinks;

/**
 * The Atlas's public URLs in one place: people share and bookmark them, so they must not drift,
 * and views link to each other through these rather than through each other's classes.
 */
final class AtlasRoutes {

    static final String SEARCH = "atlas";
    static final String CHARTS = "atlas/carte";
    static final String PARTENARIAT = "atlas/partenariats/:id([0-9]{1,18})";
    static final String PARTENARIAT_NEW = "atlas/partenariats/nouveau";
    static final String PARTENARIAT_EDIT = "atlas/partenariats/:id([0-9]{1,18})/modifier";
    static final String COLLECTIVITE = "atlas/collectivites/:cle";
    static final String PAYS = "atlas/pays/:iso([A-Za-z]{2})";
    static final String FRESHNESS = "atlas/fraicheur";
    static final String IMPORT = "atlas/import";

    private AtlasRoutes() {}

    static String partenariat(long id) {
        return AtlasLinks.partenariat(id);
    }

    static String partenariatEdit(long id) {
        return AtlasLinks.partenariatEdit(id);
    }

    /** {@code key} is an Atlas key of an authority: COG code, SIREN, dep-42, reg-84, or etr-{id}. */
    static String collectivite(String key) {
        return AtlasLinks.collectivite(key);
    }

    static String pays(String iso) {
        return AtlasLinks.pays(iso);
    }
}
