package fr.coopdec.referential;

import fr.coopdec.shared.AbstractEntity;
import fr.coopdec.shared.SearchText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A foreign local authority, partner of French ones. */
@Entity
@Table(name = "collectivite_partenaire")
public class CollectivitePartenaire extends AbstractEntity {

    @NotBlank
    @Size(max = 200)
    @Column(name = "nom", nullable = false, length = 200)
    private String nom;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pays_id", nullable = false)
    private Pays pays;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "niveau", nullable = false, length = 30)
    private NiveauCollectivitePartenaire niveau;

    @Size(max = 30)
    @Column(name = "code_officiel", length = 30)
    private String codeOfficiel;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private CollectivitePartenaire parent;

    @Min(0)
    @Column(name = "population")
    private Integer population;

    @Column(name = "search_text", nullable = false, length = 400)
    private String searchText;

    protected CollectivitePartenaire() {}

    public CollectivitePartenaire(String nom, Pays pays, NiveauCollectivitePartenaire niveau) {
        this.nom = nom;
        this.pays = pays;
        this.niveau = niveau;
    }

    /** A blank form's object: the UI fills it before validation. */
    public static CollectivitePartenaire empty() {
        return new CollectivitePartenaire();
    }

    @PrePersist
    @PreUpdate
    void updateSearchText() {
        searchText = SearchText.of(nom, codeOfficiel);
    }

    public String getNom() {
        return nom;
    }

    public void setNom(String nom) {
        this.nom = nom;
    }

    public Pays getPays() {
        return pays;
    }

    public void setPays(Pays pays) {
        this.pays = pays;
    }

    public NiveauCollectivitePartenaire getNiveau() {
        return niveau;
    }

    public void setNiveau(NiveauCollectivitePartenaire niveau) {
        this.niveau = niveau;
    }

    public String getCodeOfficiel() {
        return codeOfficiel;
    }

    public void setCodeOfficiel(String codeOfficiel) {
        this.codeOfficiel = codeOfficiel;
    }

    public CollectivitePartenaire getParent() {
        return parent;
    }

    public void setParent(CollectivitePartenaire parent) {
        this.parent = parent;
    }

    public Integer getPopulation() {
        return population;
    }

    public void setPopulation(Integer population) {
        this.population = population;
    }

    public String getSearchText() {
        return searchText;
    }
}
