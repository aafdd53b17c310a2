package fr.coopdec.ficol;

import fr.coopdec.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The audit trail of a file: who did what when (action label {@code ficol.action.<action>}), the
 * status afterwards, and a text (an AFD note, a reason, an amount).
 */
@Entity
@Table(name = "ficol_journal")
public class JournalEntry extends AbstractEntity {

    @Column(name = "dossier_id", nullable = false)
    private Long dossierId;

    @Column(name = "quand", nullable = false)
    private Instant quand;

    @Column(name = "auteur", nullable = false, length = 254)
    private String auteur;

    @Column(name = "action", nullable = false, length = 30)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "statut", nullable = false, length = 20)
    private StatutDossier statut;

    @Column(name = "texte", length = 2000)
    private String texte;

    protected JournalEntry() {}

    JournalEntry(Long dossierId, Instant quand, String auteur, String action, StatutDossier statut, String texte) {
        this.dossierId = dossierId;
        this.quand = quand;
        this.auteur = auteur;
        this.action = action;
        this.statut = statut;
        this.texte = texte;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public Instant getQuand() {
        return quand;
    }

    public String getAuteur() {
        return auteur;
    }

    public String getAction() {
        return action;
    }

    public StatutDossier getStatut() {
        return statut;
    }

    public String getTexte() {
        return texte;
    }
}
