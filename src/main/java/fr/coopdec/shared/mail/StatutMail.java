package fr.coopdec.shared.mail;

/** Where an outbox row stands: waiting (first try or a retry), sent, or given up after the last retry. Labels: {@code mail.statut.<NAME>}. */
public enum StatutMail {
    A_ENVOYER,
    ENVOYE,
    ECHEC
}
