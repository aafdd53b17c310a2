package fr.coopdec.ficol;

import fr.coopdec.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A disbursement of the grant; its activity report must be approved before the next tranche. */
@Entity
@Table(name = "ficol_tranche")
public class Tranche extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dossier_id", nullable = false)
    private FicolDossier dossier;

    @Column(name = "numero", nullable = false)
    private int numero;

    @Column(name = "montant", nullable = false, precision = 14, scale = 2)
    private BigDecimal montant;

    @Column(name = "date_versement", nullable = false)
    private LocalDate dateVersement;

    @Column(name = "echeance_rapport")
    private LocalDate echeanceRapport;

    @Column(name = "rapport_recu_le")
    private LocalDate rapportRecuLe;

    @Column(name = "rapport_approuve_le")
    private LocalDate rapportApprouveLe;

    protected Tranche() {}

    Tranche(FicolDossier dossier, int numero, BigDecimal montant, LocalDate dateVersement, LocalDate echeanceRapport) {
        this.dossier = dossier;
        this.numero = numero;
        this.montant = montant;
        this.dateVersement = dateVersement;
        this.echeanceRapport = echeanceRapport;
    }

    /** The report is due and neither received nor approved. */
    public boolean isRapportEnRetard(LocalDate today) {
        return rapportRecuLe == null && echeanceRapport != null && echeanceRapport.isBefore(today);
    }

    public int getNumero() {
        return numero;
    }

    public BigDecimal getMontant() {
        return montant;
    }

    public LocalDate getDateVersement() {
        return dateVersement;
    }

    public LocalDate getEcheanceRapport() {
        return echeanceRapport;
    }

    public LocalDate getRapportRecuLe() {
        return rapportRecuLe;
    }

    void setRapportRecuLe(LocalDate date) {
        this.rapportRecuLe = date;
    }

    public LocalDate getRapportApprouveLe() {
        return rapportApprouveLe;
    }

    void setRapportApprouveLe(LocalDate date) {
        this.rapportApprouveLe = date;
    }
}
