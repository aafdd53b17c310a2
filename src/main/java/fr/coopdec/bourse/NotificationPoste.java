package fr.coopdec.bourse;

import fr.coopdec.referential.Pays;
import fr.coopdec.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** In-app notice to the embassy posts of a country: a published sheet targets it. */
@Entity
@Table(name = "bourse_notification")
public class NotificationPoste extends AbstractEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "fiche_id", nullable = false)
    private FicheBourse fiche;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "pays_id", nullable = false)
    private Pays pays;

    @Column(name = "lue", nullable = false)
    private boolean lue;

    protected NotificationPoste() {}

    NotificationPoste(FicheBourse fiche, Pays pays) {
        this.fiche = fiche;
        this.pays = pays;
    }

    void marquerLue() {
        this.lue = true;
    }

    public FicheBourse getFiche() {
        return fiche;
    }

    public Pays getPays() {
        return pays;
    }

    public boolean isLue() {
        return lue;
    }
}
