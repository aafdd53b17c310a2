package fr.coopdec.assises;

/**
 * CONFIRMEE and A_VALIDER hold a seat of the event; EN_ATTENTE is on the waitlist; REFUSEE and ANNULEE
 * hold nothing. Labels: {@code assises.statut.<NAME>}.
 */
public enum StatutInscription {
    CONFIRMEE,
    A_VALIDER,
    EN_ATTENTE,
    REFUSEE,
    ANNULEE;

    public boolean tientUnePlace() {
        return this == CONFIRMEE || this == A_VALIDER;
    }
}
