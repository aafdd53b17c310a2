package fr.coopdec.ficol;

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
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** One line of a financing plan: who pays how much of which expense in which year. */
@Entity
@Table(name = "ficol_ligne_plan")
public class LignePlan extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dossier_id", nullable = false)
    private FicolDossier dossier;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 20)
    private SourcePlan source;

    /** Which authority or other funder, when the source alone does not say. */
    @Size(max = 200)
    @Column(name = "financeur", length = 200)
    private String financeur;

    @NotNull
    @Column(name = "annee", nullable = false)
    private Integer annee;

    /** The expense financed; the same expense under AFD-FICOL and a DAECT call is double funding. */
    @NotBlank
    @Size(max = 200)
    @Column(name = "depense", nullable = false, length = 200)
    private String depense;

    /** Its category, to compare with the expenses DAECT's calls fund; null on lines entered before. */
    @Enumerated(EnumType.STRING)
    @Column(name = "categorie", length = 20)
    private CategorieDepense categorie;

    @NotNull
    @DecimalMin(value = "0.01", message = "{ficol.montant.positif}")
    @Column(name = "montant", nullable = false, precision = 14, scale = 2)
    private BigDecimal montant;

    protected LignePlan() {}

    public LignePlan(SourcePlan source, String financeur, int annee, String depense, BigDecimal montant) {
        this.source = source;
        this.financeur = financeur;
        this.annee = annee;
        this.depense = depense;
        this.montant = montant;
    }

    public LignePlan(
            SourcePlan source,
            String financeur,
            int annee,
            CategorieDepense categorie,
            String depense,
            BigDecimal montant) {
        this(source, financeur, annee, depense, montant);
        this.categorie = categorie;
    }

    void setDossier(FicolDossier dossier) {
        this.dossier = dossier;
    }

    public SourcePlan getSource() {
        return source;
    }

    public String getFinanceur() {
        return financeur;
    }

    public Integer getAnnee() {
        return annee;
    }

    public String getDepense() {
        return depense;
    }

    public CategorieDepense getCategorie() {
        return categorie;
    }

    public BigDecimal getMontant() {
        return montant;
    }
}
