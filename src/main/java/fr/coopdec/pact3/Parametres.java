package fr.coopdec.pact3;

import fr.coopdec.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** PACT3 settings DAECT changes: N, the most active Atlas partnerships a mission country may have. */
@Entity
@Table(name = "pact3_parametres")
public class Parametres extends AbstractEntity {

    public static final int SEUIL_PAR_DEFAUT = 5;

    @Column(name = "seuil_partenariats", nullable = false)
    private int seuilPartenariats = SEUIL_PAR_DEFAUT;

    protected Parametres() {}

    static Parametres parDefaut() {
        return new Parametres();
    }

    public int getSeuilPartenariats() {
        return seuilPartenariats;
    }

    void setSeuilPartenariats(int seuil) {
        this.seuilPartenariats = seuil;
    }
}
