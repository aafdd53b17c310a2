package fr.coopdec.atlas;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/**
 * A person to contact about a partnership. Public pages show the function only: names and e-mails
 * are personal data, shown to signed-in users.
 */
@Embeddable
public class Contact {

    @Size(max = 150)
    private String nom;

    @Size(max = 150)
    private String fonction;

    @Email
    @Size(max = 254)
    private String email;

    public Contact() {}

    public Contact(String nom, String fonction, String email) {
        this.nom = nom;
        this.fonction = fonction;
        this.email = email;
    }

    public String getNom() {
        return nom;
    }

    public void setNom(String nom) {
        this.nom = nom;
    }

    public String getFonction() {
        return fonction;
    }

    public void setFonction(String fonction) {
        this.fonction = fonction;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
