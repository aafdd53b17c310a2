package fr.coopdec.appels;

/** Where an application stands. Labels: {@code appels.statut.<NAME>}. */
public enum StatutCandidatureDaect {
    BROUILLON,
    DEPOSEE,
    EN_INSTRUCTION,
    ACCORDEE,
    REFUSEE;

    public boolean isDecidee() {
        return this == ACCORDEE || this == REFUSEE;
    }
}
