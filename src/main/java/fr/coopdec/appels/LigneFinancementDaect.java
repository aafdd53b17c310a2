package fr.coopdec.appels;

import fr.coopdec.shared.AbstractEntity;
import fr.coopdec.shared.crossmodule.CategorieDepense;
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

/**
 * One expense of an application's financing plan: its category, the year it is spent, its cost and
 * the share asked from DAECT. FICOL compares these lines with its own (same category, same year).
 */
@Entity
@Table(name = "appels_ligne")
public class LigneFinancementDaect extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "candidature_id", nullable = false)
    private CandidatureDaect candidature;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "categorie", nullable = false, length = 20)
    private CategorieDepense categorie;

    @NotNull
    @Column(name = "annee", nullable = false)
    private Integer annee;

    @NotBlank
    @Size(max = 200)
    @Column(name = "depense", nullable = false, length = 200)
    private String depense;

    @NotNull
    @Column(name = "cout", nullable = false, precision = 14, scale = 2)
    private BigDecimal cout;

    @NotNull
    @Column(name = "part_daect", nullable = false, precision = 14, scale = 2)
    private BigDecimal partDaect;

    protected LigneFinancementDaect() {}

    public LigneFinancementDaect(
            CategorieDepense categorie, int annee, String depense, BigDecimal cout, BigDecimal partDaect) {
        this.categorie = categorie;
        this.annee = annee;
        this.depense = depense;
        this.cout = cout;
        this.partDaect = partDaect;
    }

    void setCandidature(CandidatureDaect candidature) {
        this.candidature = candidature;
    }

    public CategorieDepense getCategorie() {
        return categorie;
    }

    public Integer getAnnee() {
        return annee;
    }

    public String getDepense() {
        return depense;
    }

    public BigDecimal getCout() {
        return cout;
    }

    public BigDecimal getPartDaect() {
        return partDaect;
    }
}
