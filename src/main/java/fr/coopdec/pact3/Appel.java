package fr.coopdec.pact3;

import fr.coopdec.shared.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A PACT3 call for applications: its year, opening and closing dates, criteria and mission ceiling. */
@Entity
@Table(name = "pact3_appel")
public class Appel extends AbstractEntity {

    @Min(2000)
    @Max(2100)
    @Column(name = "annee", nullable = false)
    private int annee;

    @NotBlank
    @Column(name = "intitule", nullable = false, length = 300)
    private String intitule;

    @NotNull
    @Column(name = "date_ouverture", nullable = false)
    private LocalDate dateOuverture;

    @NotNull
    @Column(name = "date_cloture", nullable = false)
    private LocalDate dateCloture;

    @NotNull
    @DecimalMin("0.00")
    @Column(name = "plafond_mission", nullable = false, precision = 12, scale = 2)
    private BigDecimal plafondMission;

    @Valid
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pact3_appel_critere", joinColumns = @JoinColumn(name = "appel_id"))
    @OrderColumn(name = "position")
    private List<Critere> criteres = new ArrayList<>();

    protected Appel() {}

    public Appel(
            int annee, String intitule, LocalDate dateOuverture, LocalDate dateCloture, BigDecimal plafondMission) {
        this.annee = annee;
        this.intitule = intitule;
        this.dateOuverture = dateOuverture;
        this.dateCloture = dateCloture;
        this.plafondMission = plafondMission;
    }

    public static Appel blank(int annee) {
        return new Appel(annee, "", null, null, null);
    }

    /** Open on both dates included. */
    public boolean isOuvert(LocalDate today) {
        return dateOuverture != null
                && dateCloture != null
                && !today.isBefore(dateOuverture)
                && !today.isAfter(dateCloture);
    }

    public int totalPoids() {
        return criteres.stream().mapToInt(Critere::getPoids).sum();
    }

    public int getAnnee() {
        return annee;
    }

    public void setAnnee(int annee) {
        this.annee = annee;
    }

    public String getIntitule() {
        return intitule;
    }

    public void setIntitule(String intitule) {
        this.intitule = intitule;
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

    public BigDecimal getPlafondMission() {
        return plafondMission;
    }

    public void setPlafondMission(BigDecimal plafondMission) {
        this.plafondMission = plafondMission;
    }

    public List<Critere> getCriteres() {
        return criteres;
    }

    public void setCriteres(List<Critere> criteres) {
        this.criteres = new ArrayList<>(criteres);
    }
}
