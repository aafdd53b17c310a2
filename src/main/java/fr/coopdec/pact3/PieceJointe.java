package fr.coopdec.pact3;

import fr.coopdec.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A file attached to an application, or a mission's report. */
@Entity
@Table(name = "pact3_piece_jointe")
public class PieceJointe extends AbstractEntity {

    @Column(name = "candidature_id")
    private Long candidatureId;

    @Column(name = "mission_id")
    private Long missionId;

    @Column(name = "nom_fichier", nullable = false, length = 255)
    private String nomFichier;

    @Column(name = "type_mime", nullable = false, length = 120)
    private String typeMime;

    @Column(name = "taille", nullable = false)
    private long taille;

    @Column(name = "contenu", nullable = false, columnDefinition = "LONGBLOB")
    private byte[] contenu;

    protected PieceJointe() {}

    PieceJointe(Long candidatureId, Long missionId, String nomFichier, String typeMime, byte[] contenu) {
        this.candidatureId = candidatureId;
        this.missionId = missionId;
        this.nomFichier = nomFichier;
        this.typeMime = typeMime;
        this.taille = contenu.length;
        this.contenu = contenu.clone();
    }

    public Long getCandidatureId() {
        return candidatureId;
    }

    public Long getMissionId() {
        return missionId;
    }

    public String getNomFichier() {
        return nomFichier;
    }

    public String getTypeMime() {
        return typeMime;
    }

    public long getTaille() {
        return taille;
    }

    public byte[] getContenu() {
        return contenu.clone();
    }
}
