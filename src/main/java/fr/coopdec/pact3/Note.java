package fr.coopdec.pact3;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A juror's score (0 to 5) of one criterion of the call, with a comment. */
@Embeddable
public class Note {

    @Column(name = "critere_position", nullable = false)
    private int criterePosition;

    @Column(name = "note", nullable = false)
    private int valeur;

    @Column(name = "commentaire", length = 2000)
    private String commentaire;

    protected Note() {}

    public Note(int criterePosition, int valeur, String commentaire) {
        this.criterePosition = criterePosition;
        this.valeur = valeur;
        this.commentaire = commentaire;
    }

    public int getCriterePosition() {
        return criterePosition;
    }

    public int getValeur() {
        return valeur;
    }

    public String getCommentaire() {
        return commentaire;
    }
}
