package fr.coopdec.bourse;

import fr.coopdec.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An internal comment of DAECT on a sheet: never shown to the public. */
@Entity
@Table(name = "bourse_commentaire")
public class Commentaire extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fiche_id", nullable = false)
    private FicheBourse fiche;

    @Column(name = "auteur", nullable = false, length = 254)
    private String auteur;

    @Column(name = "texte", nullable = false, length = 4000)
    private String texte;

    protected Commentaire() {}

    Commentaire(FicheBourse fiche, String auteur, String texte) {
        this.fiche = fiche;
        this.auteur = auteur;
        this.texte = texte;
    }

    public String getAuteur() {
        return auteur;
    }

    public String getTexte() {
        return texte;
    }
}
