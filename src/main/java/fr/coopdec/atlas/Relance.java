package fr.coopdec.atlas;

import fr.coopdec.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reminder e-mailed to an authority about a stale partnership: when, by whom, to whom. */
@Entity
@Table(name = "atlas_relance")
public class Relance extends AbstractEntity {

    /** An id, not an association: a reminder is a log line, read with the freshness list's SQL. */
    @Column(name = "partenariat_id", nullable = false)
    private Long partenariatId;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "sent_by", nullable = false, length = 254)
    private String sentBy;

    @Column(name = "recipient", nullable = false, length = 254)
    private String recipient;

    protected Relance() {}

    Relance(long partenariatId, Instant sentAt, String sentBy, String recipient) {
        this.partenariatId = partenariatId;
        this.sentAt = sentAt;
        this.sentBy = sentBy;
        this.recipient = recipient;
    }

    public Long getPartenariatId() {
        return partenariatId;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getSentBy() {
        return sentBy;
    }

    public String getRecipient() {
        return recipient;
    }
}
