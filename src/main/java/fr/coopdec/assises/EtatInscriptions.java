package fr.coopdec.assises;

/** Whether an event takes registrations today (see {@link Evenement#etatInscriptions}). Labels: {@code assises.etat.<NAME>}. */
public enum EtatInscriptions {
    PAS_ENCORE_OUVERTES,
    OUVERTES,
    CLOSES
}
