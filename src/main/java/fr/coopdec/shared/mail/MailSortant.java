package fr.coopdec.shared.mail;

import fr.coopdec.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One e-mail the application wrote, sent or not: {@code sentAt} null means never sent (no SMTP
 * server configured, or the server refused it: then {@code erreur} says why).
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

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "erreur", length = 1000)
    private String erreur;

    protected MailSortant() {
    }

    MailSortant(String destinataire, String sujet, String corps) {
        this.destinataire = destinataire;
        this.sujet = sujet;
        this.corps = corps;
    }

    void markSent(Instant when) {
        this.sentAt = when;
        this.erreur = null;
    }

    void markFailed(String error) {
        this.erreur = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    }

    public String getDestinataire() { return destinataire; }
    public String getSujet() { return sujet; }
    public String getCorps() { return corps; }
    public Instant getSentAt() { return sentAt; }
    public String getErreur() { return erreur; }
    public boolean isSent() { return sentAt != null; }
}
