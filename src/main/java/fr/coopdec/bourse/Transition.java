package fr.coopdec.bourse;

import fr.coopdec.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One audited change of a sheet's state: who, when, from, to (and the refusal reason). */
@Entity
@Table(name = "bourse_transition")
public class Transition extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fiche_id", nullable = false)
    private FicheBourse fiche;

    @Enumerated(EnumType.STRING)
    @Column(name = "de", length = 30)
    private StatutFiche de;

    @Enumerated(EnumType.STRING)
    @Column(name = "vers", nullable = false, length = 30)
    private StatutFiche vers;

    @Column(name = "par", nullable = false, length = 254)
    private String par;

    @Column(name = "le", nullable = false)
    private Instant le;

    @Column(name = "motif", length = 2000)
    private String motif;

    protected Transition() {}

    Transition(FicheBourse fiche, StatutFiche de, StatutFiche vers, String par, Instant le, String motif) {
        this.fiche = fiche;
        this.de = de;
        this.vers = vers;
        this.par = par;
        this.le = le;
        this.motif = motif;
    }

    public StatutFiche getDe() {
        return de;
    }

    public StatutFiche getVers() {
        return vers;
    }

    public String getPar() {
        return par;
    }

    public Instant getLe() {
        return le;
    }

    public String getMotif() {
        return motif;
    }
}
