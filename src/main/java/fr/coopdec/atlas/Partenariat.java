package fr.coopdec.atlas;

import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.CollectivitePartenaire;
import fr.coopdec.referential.Pays;
import fr.coopdec.referential.Thematique;
import fr.coopdec.shared.AbstractEntity;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * One or more French authorities with one or more foreign authorities of one country. The rules
 * (at least one of each side, foreign ones in the partnership's country, sane years) are checked by
 * the service that saves it.
 */
@Entity
@Audited
@Table(name = "partenariat")
public class Partenariat extends AbstractEntity {

    @NotBlank
    @Size(max = 300)
    @Column(name = "intitule", nullable = false, length = 300)
    private String intitule;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @JoinColumn(name = "pays_id", nullable = false)
    private Pays pays;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "nature", nullable = false, length = 30)
    private NaturePartenariat nature = NaturePartenariat.COOPERATION_DECENTRALISEE;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "statut", nullable = false, length = 20)
    private StatutPartenariat statut = StatutPartenariat.ACTIF;

    @NotNull
    @Min(1950)
    @Max(2100)
    @Column(name = "annee_debut", nullable = false)
    private Integer anneeDebut;

    @Min(1950)
    @Max(2100)
    @Column(name = "annee_fin")
    private Integer anneeFin;

    @Size(max = 10000)
    @Column(name = "description", columnDefinition = "TEXT")
    private String description;

    @ManyToMany
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @JoinTable(
            name = "partenariat_collectivite_francaise",
            joinColumns = @JoinColumn(name = "partenariat_id"),
            inverseJoinColumns = @JoinColumn(name = "collectivite_francaise_id"))
    private Set<CollectiviteFrancaise> collectivitesFrancaises = new HashSet<>();

    @ManyToMany
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @JoinTable(
            name = "partenariat_collectivite_partenaire",
            joinColumns = @JoinColumn(name = "partenariat_id"),
            inverseJoinColumns = @JoinColumn(name = "collectivite_partenaire_id"))
    private Set<CollectivitePartenaire> collectivitesPartenaires = new HashSet<>();

    @ManyToMany
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @JoinTable(
            name = "partenariat_thematique",
            joinColumns = @JoinColumn(name = "partenariat_id"),
            inverseJoinColumns = @JoinColumn(name = "thematique_id"))
    private Set<Thematique> thematiques = new HashSet<>();

    @Valid
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "nom", column = @Column(name = "elu_nom", length = 150)),
        @AttributeOverride(name = "fonction", column = @Column(name = "elu_fonction", length = 150)),
        @AttributeOverride(name = "email", column = @Column(name = "elu_email", length = 254))
    })
    private Contact elu = new Contact();

    @Valid
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "nom", column = @Column(name = "technicien_nom", length = 150)),
        @AttributeOverride(name = "fonction", column = @Column(name = "technicien_fonction", length = 150)),
        @AttributeOverride(name = "email", column = @Column(name = "technicien_email", length = 254))
    })
    private Contact technicien = new Contact();

    /** Last change to the partnership or one of its projects: what "freshness" means to users. */
    @Column(name = "derniere_mise_a_jour", nullable = false)
    private Instant derniereMiseAJour;

    /**
     * The IATI reporting organisation: the authority that declared the partnership, a stored choice
     * (never a sort order), and the organisation identifier it was first published under. Neither
     * changes once written, so the IATI identifiers of the partnership's activities never change.
     */
    @NotAudited
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "declarante_id", updatable = false)
    private CollectiviteFrancaise declarante;

    @NotAudited
    @Column(name = "iati_org_ref", length = 60, updatable = false)
    private String iatiOrgRef;

    @OneToMany(mappedBy = "partenariat", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dateDebut ASC, id ASC")
    private List<Projet> projets = new ArrayList<>();

    protected Partenariat() {}

    public Partenariat(String intitule, Pays pays, int anneeDebut) {
        this.intitule = intitule;
        this.pays = pays;
        this.anneeDebut = anneeDebut;
    }

    /** A blank partnership for the creation form. */
    public static Partenariat blank() {
        return new Partenariat();
    }

    /**
     * Chooses the reporting organisation of a new partnership: {@code preferred} (the authority of the
     * user who declares it) when it takes part, else the first French authority by name. No effect
     * once chosen.
     */
    public void chooseDeclarante(Long preferredId) {
        if (declarante != null || collectivitesFrancaises.isEmpty()) {
            return;
        }
        declarante = collectivitesFrancaises.stream()
                .filter(c -> c.getId().equals(preferredId))
                .findFirst()
                .orElseGet(() -> collectivitesFrancaises.stream()
                        .min(Comparator.comparing(CollectiviteFrancaise::getNom)
                                .thenComparing(CollectiviteFrancaise::getId))
                        .orElseThrow());
        iatiOrgRef = IatiIdentifiers.organisationRef(declarante);
    }

    @PrePersist
    void chooseDeclaranteIfMissing() {
        chooseDeclarante(null);
    }

    public CollectiviteFrancaise getDeclarante() {
        return declarante;
    }

    public String getIatiOrgRef() {
        return iatiOrgRef;
    }

    public void touch(Instant now) {
        this.derniereMiseAJour = now;
    }

    public void addProjet(Projet projet) {
        projets.add(projet);
        projet.attachTo(this);
    }

    public String getIntitule() {
        return intitule;
    }

    public void setIntitule(String intitule) {
        this.intitule = intitule;
    }

    public Pays getPays() {
        return pays;
    }

    public void setPays(Pays pays) {
        this.pays = pays;
    }

    public NaturePartenariat getNature() {
        return nature;
    }

    public void setNature(NaturePartenariat nature) {
        this.nature = nature;
    }

    public StatutPartenariat getStatut() {
        return statut;
    }

    public void setStatut(StatutPartenariat statut) {
        this.statut = statut;
    }

    public Integer getAnneeDebut() {
        return anneeDebut;
    }

    public void setAnneeDebut(Integer anneeDebut) {
        this.anneeDebut = anneeDebut;
    }

    public Integer getAnneeFin() {
        return anneeFin;
    }

    public void setAnneeFin(Integer anneeFin) {
        this.anneeFin = anneeFin;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Set<CollectiviteFrancaise> getCollectivitesFrancaises() {
        return collectivitesFrancaises;
    }

    public void setCollectivitesFrancaises(Set<CollectiviteFrancaise> c) {
        this.collectivitesFrancaises = new HashSet<>(c);
    }

    public Set<CollectivitePartenaire> getCollectivitesPartenaires() {
        return collectivitesPartenaires;
    }

    public void setCollectivitesPartenaires(Set<CollectivitePartenaire> c) {
        this.collectivitesPartenaires = new HashSet<>(c);
    }

    public Set<Thematique> getThematiques() {
        return thematiques;
    }

    public void setThematiques(Set<Thematique> t) {
        this.thematiques = new HashSet<>(t);
    }
    /** Never null: Hibernate loads an embedded value whose columns are all empty as null. */
    public Contact getElu() {
        if (elu == null) {
            elu = new Contact();
        }
        return elu;
    }

    public void setElu(Contact elu) {
        this.elu = elu;
    }

    public Contact getTechnicien() {
        if (technicien == null) {
            technicien = new Contact();
        }
        return technicien;
    }

    public void setTechnicien(Contact technicien) {
        this.technicien = technicien;
    }

    public Instant getDerniereMiseAJour() {
        return derniereMiseAJour;
    }

    public List<Projet> getProjets() {
        return projets;
    }
}
