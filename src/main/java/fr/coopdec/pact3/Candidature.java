package fr.coopdec.pact3;

import fr.coopdec.shared.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * An authority's application to a call: its know-how (themes), references (its Atlas partnerships),
 * proposed countries and team. Kept as a draft until submitted; then the jury scores it and DAECT
 * decides. A labelled application is a laureate until {@code labelValideJusquAu}.
 */
@Entity
@Table(name = "pact3_candidature")
public class Candidature extends AbstractEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "appel_id", nullable = false)
    private Appel appel;

    /** An id: the authority belongs to the referential, read through its service. */
    @Column(name = "collectivite_francaise_id", nullable = false)
    private Long collectiviteFrancaiseId;

    @Column(name = "collectivite_nom", nullable = false, length = 300)
    private String collectiviteNom;

    @Column(name = "contact_email", nullable = false, length = 254)
    private String contactEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "statut", nullable = false, length = 20)
    private StatutCandidature statut = StatutCandidature.BROUILLON;

    @Size(max = 10000)
    @Column(name = "savoir_faire")
    private String savoirFaire;

    @Size(max = 10000)
    @Column(name = "equipe")
    private String equipe;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pact3_candidature_theme", joinColumns = @JoinColumn(name = "candidature_id"))
    @Column(name = "theme_code")
    private Set<String> themes = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pact3_candidature_reference", joinColumns = @JoinColumn(name = "candidature_id"))
    @Column(name = "partenariat_id")
    private Set<Long> references = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pact3_candidature_pays", joinColumns = @JoinColumn(name = "candidature_id"))
    @Column(name = "pays_code")
    private Set<String> pays = new HashSet<>();

    @Column(name = "soumise_le")
    private Instant soumiseLe;

    @Column(name = "motif_decision")
    private String motifDecision;

    @Column(name = "label_valide_jusqu_au")
    private LocalDate labelValideJusquAu;

    protected Candidature() {}

    Candidature(Appel appel, Long collectiviteFrancaiseId, String collectiviteNom, String contactEmail) {
        this.appel = appel;
        this.collectiviteFrancaiseId = collectiviteFrancaiseId;
        this.collectiviteNom = collectiviteNom;
        this.contactEmail = contactEmail;
    }

    public boolean isLaureat(LocalDate today) {
        return statut == StatutCandidature.LABELLISEE
                && labelValideJusquAu != null
                && !today.isAfter(labelValideJusquAu);
    }

    void soumettre(Instant when) {
        statut = StatutCandidature.SOUMISE;
        soumiseLe = when;
    }

    void decider(boolean labellisee, String motif, LocalDate validUntil) {
        statut = labellisee ? StatutCandidature.LABELLISEE : StatutCandidature.NON_LABELLISEE;
        motifDecision = motif;
        labelValideJusquAu = labellisee ? validUntil : null;
    }

    public Appel getAppel() {
        return appel;
    }

    public Long getCollectiviteFrancaiseId() {
        return collectiviteFrancaiseId;
    }

    public String getCollectiviteNom() {
        return collectiviteNom;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public StatutCandidature getStatut() {
        return statut;
    }

    public String getSavoirFaire() {
        return savoirFaire;
    }

    public void setSavoirFaire(String savoirFaire) {
        this.savoirFaire = savoirFaire;
    }

    public String getEquipe() {
        return equipe;
    }

    public void setEquipe(String equipe) {
        this.equipe = equipe;
    }

    public Set<String> getThemes() {
        return themes;
    }

    public void setThemes(Set<String> themes) {
        this.themes = new HashSet<>(themes);
    }

    public Set<Long> getReferences() {
        return references;
    }

    public void setReferences(Set<Long> references) {
        this.references = new HashSet<>(references);
    }

    public Set<String> getPays() {
        return pays;
    }

    public void setPays(Set<String> pays) {
        this.pays = new HashSet<>(pays);
    }

    public Instant getSoumiseLe() {
        return soumiseLe;
    }

    public String getMotifDecision() {
        return motifDecision;
    }

    public LocalDate getLabelValideJusquAu() {
        return labelValideJusquAu;
    }
}
