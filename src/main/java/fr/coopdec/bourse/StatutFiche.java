package fr.coopdec.bourse;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a sheet. A_CONFIRMER until its sender clicks the e-mailed link; then DAECT reviews it;
 * a published sheet expires (ARCHIVEE) after 12 months unless renewed. Labels:
 * {@code bourse.enum.StatutFiche.<NAME>}.
 */
public enum StatutFiche {
    A_CONFIRMER,
    SOUMISE,
    EN_REVUE,
    PUBLIEE,
    REFUSEE,
    MISE_EN_RELATION,
    ARCHIVEE;

    /** The moderation transitions DAECT may make from this state. */
    public Set<StatutFiche> suivants() {
        return switch (this) {
            case A_CONFIRMER -> EnumSet.noneOf(StatutFiche.class);
            case SOUMISE -> EnumSet.of(EN_REVUE, REFUSEE);
            case EN_REVUE -> EnumSet.of(PUBLIEE, REFUSEE);
            case PUBLIEE -> EnumSet.of(MISE_EN_RELATION, ARCHIVEE);
            case REFUSEE, MISE_EN_RELATION -> EnumSet.of(ARCHIVEE);
            case ARCHIVEE -> EnumSet.noneOf(StatutFiche.class);
        };
    }

    public boolean peutPasserA(StatutFiche cible) {
        return suivants().contains(cible);
    }
}
