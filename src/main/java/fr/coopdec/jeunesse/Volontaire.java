package fr.coopdec.jeunesse;

import fr.coopdec.referential.Pays;
import fr.coopdec.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A young volunteer: only the personal data a placement needs, kept with the volunteer's consent and
 * anonymised when the retention period after the last placement ends. The nationality stays after
 * anonymisation (it is not identifying alone and feeds the totals). Required fields are checked by the
 * form and {@link VolontaireService}, not by Bean Validation: an anonymised record has them empty.
 */
@Entity
@Table(name = "jeunesse_volontaire")
public class Volontaire extends AbstractEntity {

    @Size(max = 100)
    @Column(name = "nom", length = 100)
    private String nom;

    @Size(max = 100)
    @Column(name = "prenom", length = 100)
    private String prenom;

    @Past(message = "{jeunesse.volontaire.naissance.past}")
    @Column(name = "date_naissance")
    private LocalDate dateNaissance;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "nationalite_id")
    private Pays nationalite;

    @Email(message = "{jeunesse.volontaire.email.invalid}")
    @Size(max = 254)
    @Column(name = "email", length = 254)
    private String email;

    @Size(max = 30)
    @Column(name = "telephone", length = 30)
    private String telephone;

    @PastOrPresent(message = "{jeunesse.volontaire.consentement.past}")
    @Column(name = "consentement_le")
    private LocalDate consentementLe;

    @Column(name = "anonymise_le")
    private LocalDate anonymiseLe;

    protected Volontaire() {}

    public Volontaire(String prenom, String nom, LocalDate dateNaissance, Pays nationalite, LocalDate consentementLe) {
        this.prenom = prenom;
        this.nom = nom;
        this.dateNaissance = dateNaissance;
        this.nationalite = nationalite;
        this.consentementLe = consentementLe;
    }

    public static Volontaire blank() {
        return new Volontaire();
    }

    /** Removes every personal field for good; the placements stay, anonymous, for the totals. */
    void anonymiser(LocalDate le) {
        nom = null;
        prenom = null;
        dateNaissance = null;
        email = null;
        telephone = null;
        consentementLe = null;
        anonymiseLe = le;
    }

    boolean estComplet() {
        return nom != null
                && !nom.isBlank()
                && prenom != null
                && !prenom.isBlank()
                && dateNaissance != null
                && nationalite != null;
    }

    public boolean isAnonymise() {
        return anonymiseLe != null;
    }

    /** "Prénom NOM", or null once anonymised (views then show a neutral label). */
    public String getNomComplet() {
        return isAnonymise() ? null : prenom + " " + nom.toUpperCase(java.util.Locale.FRENCH);
    }

    public String getNom() {
        return nom;
    }

    public void setNom(String nom) {
        this.nom = nom == null ? null : nom.trim();
    }

    public String getPrenom() {
        return prenom;
    }

    public void setPrenom(String prenom) {
        this.prenom = prenom == null ? null : prenom.trim();
    }

    public LocalDate getDateNaissance() {
        return dateNaissance;
    }

    public void setDateNaissance(LocalDate dateNaissance) {
        this.dateNaissance = dateNaissance;
    }

    public Pays getNationalite() {
        return nationalite;
    }

    public void setNationalite(Pays nationalite) {
        this.nationalite = nationalite;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    public String getTelephone() {
        return telephone;
    }

    public void setTelephone(String telephone) {
        this.telephone = telephone == null || telephone.isBlank() ? null : telephone.trim();
    }

    public LocalDate getConsentementLe() {
        return consentementLe;
    }

    public void setConsentementLe(LocalDate consentementLe) {
        this.consentementLe = consentementLe;
    }

    public LocalDate getAnonymiseLe() {
        return anonymiseLe;
    }
}
