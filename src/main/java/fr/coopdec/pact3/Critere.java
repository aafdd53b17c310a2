package fr.coopdec.pact3;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/** A criterion of a call and its weight in the jury's average. */
@Embeddable
public class Critere {

    @NotBlank
    @Column(name = "libelle", nullable = false, length = 200)
    private String libelle;

    @Min(1)
    @Column(name = "poids", nullable = false)
    private int poids;

    protected Critere() {}

    public Critere(String libelle, int poids) {
        this.libelle = libelle;
        this.poids = poids;
    }

    public String getLibelle() {
        return libelle;
    }

    public int getPoids() {
        return poids;
    }
}
