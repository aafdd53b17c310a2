package fr.coopdec.atlas;

/**
 * IATI activity status (codelist ActivityStatus, 2.03), with its code. Labels: {@code atlas.projet.statut.<NAME>}.
 */
public enum StatutProjet {
    IDENTIFICATION(1),
    MISE_EN_OEUVRE(2),
    ACHEVEMENT(3),
    CLOTURE(4),
    ANNULE(5),
    SUSPENDU(6);

    private final int iatiCode;

    StatutProjet(int iatiCode) {
        this.iatiCode = iatiCode;
    }

    public int iatiCode() {
        return iatiCode;
    }
}
