package fr.coopdec.bourse;

import fr.coopdec.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An attachment of a sheet (PDF or image, at most 10 MB, its type read from its content). */
@Entity
@Table(name = "bourse_piece")
public class PieceJointeFiche extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fiche_id", nullable = false)
    private FicheBourse fiche;

    @Column(name = "nom", nullable = false, length = 255)
    private String nom;

    @Column(name = "type_mime", nullable = false, length = 100)
    private String typeMime;

    @Column(name = "taille", nullable = false)
    private long taille;

    @Column(name = "contenu", nullable = false, columnDefinition = "LONGBLOB")
    private byte[] contenu;

    protected PieceJointeFiche() {}

    PieceJointeFiche(String nom, String typeMime, byte[] contenu) {
        this.nom = nom;
        this.typeMime = typeMime;
        this.contenu = contenu;
        this.taille = contenu.length;
    }

    void attachTo(FicheBourse fiche) {
        this.fiche = fiche;
    }

    public String getNom() {
        return nom;
    }

    public String getTypeMime() {
        return typeMime;
    }

    public long getTaille() {
        return taille;
    }

    public byte[] getContenu() {
        return contenu;
    }
}
