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

/** A session a participant chose; holds a seat of the session or waits for one (in id order). */
@Entity
@Table(name = "assises_choix_session")
public class ChoixSession extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inscription_id", nullable = false)
    private Inscription inscription;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    private SessionProgramme session;

    @Enumerated(EnumType.STRING)
    @Column(name = "statut", nullable = false, length = 20)
    private StatutChoix statut;

    protected ChoixSession() {}

    ChoixSession(Inscription inscription, SessionProgramme session, StatutChoix statut) {
        this.inscription = inscription;
        this.session = session;
        this.statut = statut;
    }

    public Inscription getInscription() {
        return inscription;
    }

    public SessionProgramme getSession() {
        return session;
    }

    public StatutChoix getStatut() {
        return statut;
    }

    void setStatut(StatutChoix statut) {
        this.statut = statut;
    }
}
