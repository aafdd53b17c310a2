package fr.coopdec.atlas;

import fr.coopdec.referential.Thematique;
import fr.coopdec.shared.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** A project of a partnership, with its budget and co-financings (euros). */
@Entity
@Audited
@Table(name = "projet")
public class Projet extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partenariat_id", nullable = false)
    private Partenariat partenariat;

    @NotBlank
    @Size(max = 300)
    @Column(name = "titre", nullable = false, length = 300)
    private String titre;

    @Size(max = 10000)
    @Column(name = "description", columnDefinition = "TEXT")
    private String description;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "statut", nullable = false, length = 20)
    private StatutProjet statut = StatutProjet.MISE_EN_OEUVRE;

    @Column(name = "date_debut")
    private LocalDate dateDebut;

    @Column(name = "date_fin")
    private LocalDate dateFin;

    /** Due date of the final report (projects funded by a DAECT call); null when none is due. */
    @Column(name = "rapport_final_attendu_le")
    private LocalDate rapportFinalAttenduLe;

    @Column(name = "rapport_final_recu_le")
    private LocalDate rapportFinalRecuLe;

    @DecimalMin("0")
    @Column(name = "budget_total", precision = 15, scale = 2)
    private BigDecimal budgetTotal;

    @ManyToMany
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @JoinTable(
            name = "projet_thematique",
            joinColumns = @JoinColumn(name = "projet_id"),
            inverseJoinColumns = @JoinColumn(name = "thematique_id"))
    private Set<Thematique> thematiques = new HashSet<>();

    @Valid
    @ElementCollection
    @CollectionTable(name = "projet_cofinancement", joinColumns = @JoinColumn(name = "projet_id"))
    private Set<Cofinancement> cofinancements = new HashSet<>();

    protected Projet() {}

    public Projet(String titre) {
        this.titre = titre;
    }

    void attachTo(Partenariat owner) {
        this.partenariat = owner;
    }

    public Partenariat getPartenariat() {
        return partenariat;
    }

    public String getTitre() {
        return titre;
    }

    public void setTitre(String titre) {
        this.titre = titre;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public StatutProjet getStatut() {
        return statut;
    }

    public void setStatut(StatutProjet statut) {
        this.statut = statut;
    }

    public LocalDate getDateDebut() {
        return dateDebut;
    }

    public void setDateDebut(LocalDate dateDebut) {
        this.dateDebut = dateDebut;
    }

    public LocalDate getDateFin() {
        return dateFin;
    }

    public void setDateFin(LocalDate dateFin) {
        this.dateFin = dateFin;
    }

    public LocalDate getRapportFinalAttenduLe() {
        return rapportFinalAttenduLe;
    }

    public void setRapportFinalAttenduLe(LocalDate date) {
        this.rapportFinalAttenduLe = date;
    }

    public LocalDate getRapportFinalRecuLe() {
        return rapportFinalRecuLe;
    }

    public void setRapportFinalRecuLe(LocalDate date) {
        this.rapportFinalRecuLe = date;
    }

    public BigDecimal getBudgetTotal() {
        return budgetTotal;
    }

    public void setBudgetTotal(BigDecimal budgetTotal) {
        this.budgetTotal = budgetTotal;
    }

    public Set<Thematique> getThematiques() {
        return thematiques;
    }

    public void setThematiques(Set<Thematique> t) {
        this.thematiques = new HashSet<>(t);
    }

    public Set<Cofinancement> getCofinancements() {
        return cofinancements;
    }

    public void setCofinancements(Set<Cofinancement> c) {
        this.cofinancements = new HashSet<>(c);
    }
}
