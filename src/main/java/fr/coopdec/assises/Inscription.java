package fr.coopdec.assises;

import fr.coopdec.shared.AbstractEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A participant's registration. {@code jeton} is the secret of the personal link (see, change, cancel);
 * {@code badgeJeton} is printed as a QR code on the badge and only serves the check-in.
 */
@Entity
@Table(name = "assises_inscription")
public class Inscription extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evenement_id", nullable = false)
    private Evenement evenement;

    @Column(name = "jeton", nullable = false, length = 40, updatable = false)
    private String jeton;

    @Column(name = "badge_jeton", nullable = false, length = 40, updatable = false)
    private String badgeJeton;

    @Column(name = "delegation", length = 40)
    private String delegation;

    @Column(name = "prenom", nullable = false, length = 120)
    private String prenom;

    @Column(name = "nom", nullable = false, length = 120)
    private String nom;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "organisation", nullable = false, length = 300)
    private String organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "categorie", nullable = false, length = 40)
    private CategorieParticipant categorie;

    @Column(name = "collectivite_francaise_id")
    private Long collectiviteFrancaiseId;

    @Column(name = "collectivite_partenaire_id")
    private Long collectivitePartenaireId;

    @Column(name = "accessibilite", length = 1000)
    private String accessibilite;

    @Column(name = "langue", nullable = false, length = 5)
    private String langue;

    @Enumerated(EnumType.STRING)
    @Column(name = "statut", nullable = false, length = 20)
    private StatutInscription statut;

    @OneToMany(mappedBy = "inscription", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ChoixSession> choix = new ArrayList<>();

    protected Inscription() {
    }

    Inscription(Evenement evenement, Participant p, String jeton, String badgeJeton, String delegation, String langue) {
        this.evenement = evenement;
        this.jeton = jeton;
        this.badgeJeton = badgeJeton;
        this.delegation = delegation;
        this.prenom = p.prenom().trim();
        this.nom = p.nom().trim();
        this.email = p.email().trim();
        this.organisation = p.organisation().trim();
        this.categorie = p.categorie();
        this.collectiviteFrancaiseId = p.collectiviteFrancaiseId();
        this.collectivitePartenaireId = p.collectivitePartenaireId();
        this.accessibilite = p.accessibilite();
        this.langue = langue == null ? "fr" : langue;
    }

    public Evenement getEvenement() { return evenement; }
    public String getJeton() { return jeton; }
    public String getBadgeJeton() { return badgeJeton; }
    public String getDelegation() { return delegation; }
    public String getPrenom() { return prenom; }
    public String getNom() { return nom; }
    public String getNomComplet() { return prenom + " " + nom; }
    public String getEmail() { return email; }
    public String getOrganisation() { return organisation; }
    public CategorieParticipant getCategorie() { return categorie; }
    public Long getCollectiviteFrancaiseId() { return collectiviteFrancaiseId; }
    public Long getCollectivitePartenaireId() { return collectivitePartenaireId; }
    public String getAccessibilite() { return accessibilite; }
    void setAccessibilite(String accessibilite) { this.accessibilite = accessibilite; }
    public String getLangue() { return langue; }
    public StatutInscription getStatut() { return statut; }
    void setStatut(StatutInscription statut) { this.statut = statut; }
    public List<ChoixSession> getChoix() { return choix; }
}
