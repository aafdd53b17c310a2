package fr.coopdec.assises;

import fr.coopdec.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A follow-up action decided at the event: owner, due date, status, optionally an Atlas partnership (by id). */
@Entity
@Table(name = "assises_action")
public class ActionSuivi extends AbstractEntity {

    public enum Statut {
        A_FAIRE,
        EN_COURS,
        FAITE
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evenement_id", nullable = false)
    private Evenement evenement;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "intitule", nullable = false, length = 500)
    private String intitule;

    @Column(name = "responsable", nullable = false, length = 200)
    private String responsable;

    @Column(name = "echeance")
    private LocalDate echeance;

    @Enumerated(EnumType.STRING)
    @Column(name = "statut", nullable = false, length = 20)
    private Statut statut = Statut.A_FAIRE;

    @Column(name = "partenariat_id")
    private Long partenariatId;

    protected ActionSuivi() {}

    ActionSuivi(
            Evenement evenement,
            Long sessionId,
            String intitule,
            String responsable,
            LocalDate echeance,
            Long partenariatId) {
        this.evenement = evenement;
        this.sessionId = sessionId;
        this.intitule = intitule;
        this.responsable = responsable;
        this.echeance = echeance;
        this.partenariatId = partenariatId;
    }

    public Evenement getEvenement() {
        return evenement;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public String getIntitule() {
        return intitule;
    }

    public String getResponsable() {
        return responsable;
    }

    public LocalDate getEcheance() {
        return echeance;
    }

    public Statut getStatut() {
        return statut;
    }

    void setStatut(Statut statut) {
        this.statut = statut;
    }

    public Long getPartenariatId() {
        return partenariatId;
    }
}
