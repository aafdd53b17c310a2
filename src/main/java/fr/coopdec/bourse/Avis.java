package fr.coopdec.bourse;

import fr.coopdec.referential.Pays;
import fr.coopdec.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The opinion of an embassy post on a sheet that targets its country; seen by DAECT and that post. */
@Entity
@Table(name = "bourse_avis")
public class Avis extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fiche_id", nullable = false)
    private FicheBourse fiche;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "pays_id", nullable = false)
    private Pays pays;

    @Column(name = "auteur", nullable = false, length = 254)
    private String auteur;

    @Column(name = "texte", nullable = false, length = 4000)
    private String texte;

    protected Avis() {}

    Avis(FicheBourse fiche, Pays pays, String auteur, String texte) {
        this.fiche = fiche;
        this.pays = pays;
        this.auteur = auteur;
        this.texte = texte;
    }

    public Pays getPays() {
        return pays;
    }

    public String getAuteur() {
        return auteur;
    }

    public String getTexte() {
        return texte;
    }
}
