package fr.coopdec.assises;

/** A session choice either holds a seat of the session or waits for one. Labels: {@code assises.choix.<NAME>}. */
public enum StatutChoix {
    CONFIRME,
    EN_ATTENTE
}
