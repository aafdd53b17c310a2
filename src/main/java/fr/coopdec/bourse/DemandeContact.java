package fr.coopdec.bourse;

import fr.coopdec.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * "Express interest": the authority of one sheet asks to meet the authority of another; DAECT
 * follows it up and may turn it into an Atlas partnership (partenariatId keeps the link).
 */
@Entity
@Table(name = "bourse_demande_contact")
public class DemandeContact extends AbstractEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "fiche_id", nullable = false)
    private FicheBourse fiche;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "fiche_cible_id", nullable = false)
    private FicheBourse cible;

    @Column(name = "nom", nullable = false, length = 150)
    private String nom;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "message", length = 4000)
    private String message;

    @Enumerated(EnumType.STRING)
    @Column(name = "statut", nullable = false, length = 20)
    private StatutDemande statut = StatutDemande.NOUVELLE;

    @Column(name = "partenariat_id")
    private Long partenariatId;

    protected DemandeContact() {}

    DemandeContact(FicheBourse fiche, FicheBourse cible, String nom, String email, String message) {
        this.fiche = fiche;
        this.cible = cible;
        this.nom = nom;
        this.email = email;
        this.message = message;
    }

    void suivre() {
        this.statut = StatutDemande.SUIVIE;
    }

    void convertir(long partenariat) {
        this.statut = StatutDemande.CONVERTIE;
        this.partenariatId = partenariat;
    }

    public FicheBourse getFiche() {
        return fiche;
    }

    public FicheBourse getCible() {
        return cible;
    }

    public String getNom() {
        return nom;
    }

    public String getEmail() {
        return email;
    }

    public String getMessage() {
        return message;
    }

    public StatutDemande getStatut() {
        return statut;
    }

    public Long getPartenariatId() {
        return partenariatId;
    }
}
