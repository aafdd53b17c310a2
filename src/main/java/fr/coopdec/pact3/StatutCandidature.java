package fr.coopdec.pact3;

/** Labels: {@code pact3.statut.<NAME>}. A submitted application is final; the jury then decides. */
public enum StatutCandidature {
    BROUILLON,
    SOUMISE,
    LABELLISEE,
    NON_LABELLISEE
}
