package fr.coopdec.jeunesse;

import fr.coopdec.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A youth call for projects of DAECT ("appel à projets Jeunesse"), one per year or so. */
@Entity
@Table(name = "jeunesse_appel")
public class AppelJeunesse extends AbstractEntity {

    @NotBlank(message = "{jeunesse.appel.intitule.required}")
    @Size(max = 200)
    @Column(name = "intitule", nullable = false, length = 200)
    private String intitule;

    @NotNull(message = "{jeunesse.appel.annee.required}")
    @Min(2000)
    @Max(2100)
    @Column(name = "annee", nullable = false)
    private Integer annee;

    protected AppelJeunesse() {}

    public AppelJeunesse(String intitule, int annee) {
        this.intitule = intitule;
        this.annee = annee;
    }

    public static AppelJeunesse blank() {
        return new AppelJeunesse();
    }

    public String getIntitule() {
        return intitule;
    }

    public void setIntitule(String intitule) {
        this.intitule = intitule;
    }

    public Integer getAnnee() {
        return annee;
    }

    public void setAnnee(Integer annee) {
        this.annee = annee;
    }
}
