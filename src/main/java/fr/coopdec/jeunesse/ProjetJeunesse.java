package fr.coopdec.jeunesse;

import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A project funded by a youth call: its grant (euros) and the mobilities it planned. */
@Entity
@Table(name = "jeunesse_projet")
public class ProjetJeunesse extends AbstractEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "appel_id", nullable = false)
    private AppelJeunesse appel;

    @NotBlank(message = "{jeunesse.projet.intitule.required}")
    @Size(max = 300)
    @Column(name = "intitule", nullable = false, length = 300)
    private String intitule;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "porteur_id")
    private CollectiviteFrancaise porteur;

    @Column(name = "partenariat_id")
    private Long partenariatId;

    @NotNull(message = "{jeunesse.projet.subvention.required}")
    @DecimalMin(value = "0.00", message = "{jeunesse.projet.subvention.positive}")
    @Column(name = "subvention", nullable = false, precision = 12, scale = 2)
    private BigDecimal subvention;

    @NotNull(message = "{jeunesse.projet.mobilites.required}")
    @Min(value = 0, message = "{jeunesse.projet.mobilites.positive}")
    @Column(name = "mobilites_prevues", nullable = false)
    private Integer mobilitesPrevues;

    protected ProjetJeunesse() {}

    public ProjetJeunesse(AppelJeunesse appel, String intitule, BigDecimal subvention, int mobilitesPrevues) {
        this.appel = appel;
        this.intitule = intitule;
        this.subvention = subvention;
        this.mobilitesPrevues = mobilitesPrevues;
    }

    public static ProjetJeunesse pour(AppelJeunesse appel) {
        ProjetJeunesse p = new ProjetJeunesse();
        p.appel = appel;
        return p;
    }

    public AppelJeunesse getAppel() {
        return appel;
    }

    public String getIntitule() {
        return intitule;
    }

    public void setIntitule(String intitule) {
        this.intitule = intitule;
    }

    public CollectiviteFrancaise getPorteur() {
        return porteur;
    }

    public void setPorteur(CollectiviteFrancaise porteur) {
        this.porteur = porteur;
    }

    public Long getPartenariatId() {
        return partenariatId;
    }

    public void setPartenariatId(Long partenariatId) {
        this.partenariatId = partenariatId;
    }

    public BigDecimal getSubvention() {
        return subvention;
    }

    public void setSubvention(BigDecimal subvention) {
        this.subvention = subvention;
    }

    public Integer getMobilitesPrevues() {
        return mobilitesPrevues;
    }

    public void setMobilitesPrevues(Integer mobilitesPrevues) {
        this.mobilitesPrevues = mobilitesPrevues;
    }
}
