package fr.coopdec.jeunesse;

/** Labels: {@code jeunesse.statut.<NAME>}. A planned placement is not yet a mobility; the others are. */
public enum StatutMission {
    PREVUE,
    EN_COURS,
    TERMINEE,
    INTERROMPUE;

    public boolean realisee() {
        return this != PREVUE;
    }

    /** Only a placement that has not ended can be interrupted. */
    public boolean interruptible() {
        return this == PREVUE || this == EN_COURS;
    }
}
