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

/** An outcome of a session: a recommendation or a commitment. */
@Entity
@Table(name = "assises_resultat")
public class Resultat extends AbstractEntity {

    public enum Type {
        RECOMMANDATION,
        ENGAGEMENT
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    private SessionProgramme session;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 20)
    private Type type;

    @Column(name = "texte", nullable = false, length = 2000)
    private String texte;

    protected Resultat() {}

    Resultat(SessionProgramme session, Type type, String texte) {
        this.session = session;
        this.type = type;
        this.texte = texte;
    }

    public SessionProgramme getSession() {
        return session;
    }

    public Type getType() {
        return type;
    }

    public String getTexte() {
        return texte;
    }
}
