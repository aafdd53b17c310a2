package fr.coopdec.assises;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A speaker of a session: name, organisation, role. A speaker is identified by name across sessions. */
@Embeddable
public class Intervenant {

    @Column(name = "nom", nullable = false, length = 200)
    private String nom;

    @Column(name = "organisation", length = 300)
    private String organisation;

    @Column(name = "fonction", length = 200)
    private String fonction;

    protected Intervenant() {}

    public Intervenant(String nom, String organisation, String fonction) {
        this.nom = nom;
        this.organisation = organisation;
        this.fonction = fonction;
    }

    public String getNom() {
        return nom;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getFonction() {
        return fonction;
    }

    String cle() {
        return nom == null ? "" : nom.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
