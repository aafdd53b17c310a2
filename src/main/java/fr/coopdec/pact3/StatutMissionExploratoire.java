package fr.coopdec.pact3;

/** Labels: {@code pact3.mission.statut.<NAME>}. */
public enum StatutMissionExploratoire {
    PROPOSEE,
    APPROUVEE,
    REFUSEE,
    REALISEE,
    RAPPORT_DEPOSE,
    CLOTUREE
}
