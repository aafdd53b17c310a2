package fr.coopdec.atlas;

import java.time.Instant;

/**
 * A line of the freshness list: a partnership not updated for two years, its French authorities,
 * and the last reminder sent about it (null if none).
 */
public record PartenariatPerime(
        long id,
        String intitule,
        String paysNomFr,
        String paysNomEn,
        String collectivites,
        Instant derniereMiseAJour,
        Instant derniereRelance) {}
