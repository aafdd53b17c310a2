package fr.coopdec.atlas;

import fr.coopdec.referential.TypeCollectiviteFrancaise;

/** The French authority that reports a partnership's projects in the IATI export (the first by name). */
public record CollectiviteDeclarante(TypeCollectiviteFrancaise type, String code, String siren, String nom) {
}
