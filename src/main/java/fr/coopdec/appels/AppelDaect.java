package fr.coopdec.appels;

import fr.coopdec.referential.Thematique;
import fr.coopdec.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A DAECT call for projects: its kind, the years its projects run, the window to apply and the budget
 * envelope. {@code montantEngage} (the sum granted) is written only by {@link DecisionDaectService}
 * under a lock of the row, never through this entity.
 */
@Entity
@Table(name = "appels_appel")
public class AppelDaect extends AbstractEntity {

    @NotBlank
    @Size(max = 200)
    @Column(name = "intitule", nullable = false, length = 200)
    private String intitule;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 20)
    private TypeAppel type;

    @NotNull
    @Column(name = "annee_debut", nullable = false)
    private Integer anneeDebut;

    @NotNull
    @Column(name = "annee_fin", nullable = false)
    private Integer anneeFin;

    @NotNull
    @Column(name = "date_ouverture", nullable = false)
    private LocalDate dateOuverture;

    @NotNull
    @Column(name = "date_cloture", nullable = false)
    private LocalDate dateCloture;

    @NotNull
    @Column(name = "budget", nullable = false, precision = 14, scale = 2)
    private BigDecimal budget;

    @Column(name = "montant_engage", nullable = false, precision = 14, scale = 2, insertable = false, updatable = false)
    private BigDecimal montantEngage = BigDecimal.ZERO;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "thematique_id")
    private Thematique thematique;

    @Size(max = 2000)
    @Column(name = "description", length = 2000)
    private String description;

    protected AppelDaect() {}

    public AppelDaect(
            String intitule,
            TypeAppel type,
            int anneeDebut,
            int anneeFin,
            LocalDate dateOuverture,
            LocalDate dateCloture,
            BigDecimal budget) {
        this.intitule = intitule;
        this.type = type;
        this.anneeDebut = anneeDebut;
        this.anneeFin = anneeFin;
        this.dateOuverture = dateOuverture;
        this.dateCloture = dateCloture;
        this.budget = budget;
    }

    /** An empty annual call for next year, for the form. */
    public static AppelDaect blank(int annee) {
        AppelDaect appel = new AppelDaect();
        appel.type = TypeAppel.ANNUEL;
        appel.anneeDebut = annee;
        appel.anneeFin = annee;
        return appel;
    }

    /** Whether one may apply on that day. */
    public boolean isOuvert(LocalDate jour) {
        return !jour.isBefore(dateOuverture) && !jour.isAfter(dateCloture);
    }

    /** What is left of the envelope (as last read). */
    public BigDecimal getDisponible() {
        return budget.subtract(montantEngage);
    }

    public String getIntitule() {
        return intitule;
    }

    public void setIntitule(String intitule) {
        this.intitule = intitule;
    }

    public TypeAppel getType() {
        return type;
    }

    public void setType(TypeAppel type) {
        this.type = type;
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

    public LocalDate getDateOuverture() {
        return dateOuverture;
    }

    public void setDateOuverture(LocalDate dateOuverture) {
        this.dateOuverture = dateOuverture;
    }

    public LocalDate getDateCloture() {
        return dateCloture;
    }

    public void setDateCloture(LocalDate dateCloture) {
        this.dateCloture = dateCloture;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public BigDecimal getMontantEngage() {
        return montantEngage;
    }

    public Thematique getThematique() {
        return thematique;
    }

    public void setThematique(Thematique thematique) {
        this.thematique = thematique;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
