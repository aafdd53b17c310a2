package fr.coopdec.shared.mail;

import fr.coopdec.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One e-mail the application wrote. Written in the business transaction (statut A_ENVOYER), then sent
 * by {@link MailDispatcher} after commit: ENVOYE with {@code sentAt}, or, after the last retry, ECHEC
 * with {@code erreur} (the last error). The dispatcher's columns (claim, retries) are written by SQL only.
 */
@Entity
@Table(name = "mail_sortant")
public class MailSortant extends AbstractEntity {

    @Column(name = "destinataire", nullable = false, length = 254)
    private String destinataire;

    @Column(name = "sujet", nullable = false, length = 300)
    private String sujet;

    @Column(name = "corps", nullable = false, columnDefinition = "TEXT")
    private String corps;

    @Column(name = "sent_at", updatable = false)
    private Instant sentAt;

    @Column(name = "erreur", length = 1000, updatable = false)
    private String erreur;

    @Enumerated(EnumType.STRING)
    @Column(name = "statut", nullable = false, length = 20, updatable = false)
    private StatutMail statut = StatutMail.A_ENVOYER;

    @Column(name = "tentatives", nullable = false, insertable = false, updatable = false)
    private int tentatives;

    @Column(name = "reference", length = 100, updatable = false)
    private String reference;

    protected MailSortant() {}

    MailSortant(String destinataire, String sujet, String corps, String reference) {
        this.destinataire = destinataire;
        this.sujet = sujet;
        this.corps = corps;
        this.reference = reference;
    }

    public String getDestinataire() {
        return destinataire;
    }

    public String getSujet() {
        return sujet;
    }

    public String getCorps() {
        return corps;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getErreur() {
        return erreur;
    }

    public boolean isSent() {
        return sentAt != null;
    }

    public StatutMail getStatut() {
        return statut;
    }

    public int getTentatives() {
        return tentatives;
    }

    public String getReference() {
        return reference;
    }
}
