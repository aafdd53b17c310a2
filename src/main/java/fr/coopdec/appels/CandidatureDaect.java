package fr.coopdec.appels;

import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.Pays;
import fr.coopdec.shared.AbstractEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An application to a DAECT call by a French authority (or grouping), the porteur, on one of its Atlas
 * partnerships; its financing plan; DAECT's instruction opinion and decision. Status changes go through
 * the methods below, called by the services after their checks.
 */
@Entity
@Table(name = "appels_candidature")
public class CandidatureDaect extends AbstractEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "appel_id", nullable = false)
    private AppelDaect appel;

    @NotNull
    @Column(name = "partenariat_id", nullable = false)
    private Long partenariatId;

    @NotNull
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "porteur_id", nullable = false)
    private CollectiviteFrancaise porteur;

    /** The partnership's country, copied at each save (an embassy post's scope). */
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "pays_id", nullable = false)
    private Pays pays;

    @NotBlank
    @Size(max = 300)
    @Column(name = "intitule", nullable = false, length = 300)
    private String intitule;

    @Size(max = 4000)
    @Column(name = "description", length = 4000)
    private String description;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "statut", nullable = false, length = 20)
    private StatutCandidatureDaect statut = StatutCandidatureDaect.BROUILLON;

    @Column(name = "date_depot")
    private LocalDate dateDepot;

    @Column(name = "montant_demande", nullable = false, precision = 14, scale = 2)
    private BigDecimal montantDemande = BigDecimal.ZERO;

    @Size(max = 2000)
    @Column(name = "avis_instruction", length = 2000)
    private String avisInstruction;

    @Column(name = "montant_accorde", precision = 14, scale = 2)
    private BigDecimal montantAccorde;

    @Column(name = "date_decision")
    private LocalDate dateDecision;

    @Size(max = 2000)
    @Column(name = "motif_decision", length = 2000)
    private String motifDecision;

    @OneToMany(mappedBy = "candidature", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("annee, id")
    private List<LigneFinancementDaect> lignes = new ArrayList<>();

    protected CandidatureDaect() {}

    public CandidatureDaect(AppelDaect appel, Long partenariatId, CollectiviteFrancaise porteur, String intitule) {
        this.appel = appel;
        this.partenariatId = partenariatId;
        this.porteur = porteur;
        this.intitule = intitule;
    }

    public void addLigne(LigneFinancementDaect ligne) {
        ligne.setCandidature(this);
        lignes.add(ligne);
        montantDemande = totalDaect();
    }

    public void removeLigne(LigneFinancementDaect ligne) {
        lignes.remove(ligne);
        montantDemande = totalDaect();
    }

    public BigDecimal totalCout() {
        return lignes.stream().map(LigneFinancementDaect::getCout).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalDaect() {
        return lignes.stream().map(LigneFinancementDaect::getPartDaect).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    void deposer(LocalDate jour) {
        statut = StatutCandidatureDaect.DEPOSEE;
        dateDepot = jour;
        montantDemande = totalDaect();
    }

    void instruire(String avis) {
        statut = StatutCandidatureDaect.EN_INSTRUCTION;
        avisInstruction = avis;
    }

    void accorder(BigDecimal montant, LocalDate jour, String motif) {
        statut = StatutCandidatureDaect.ACCORDEE;
        montantAccorde = montant;
        dateDecision = jour;
        motifDecision = motif;
    }

    void refuser(LocalDate jour, String motif) {
        statut = StatutCandidatureDaect.REFUSEE;
        montantAccorde = null;
        dateDecision = jour;
        motifDecision = motif;
    }

    void recalculer() {
        montantDemande = totalDaect();
    }

    public AppelDaect getAppel() {
        return appel;
    }

    public Long getPartenariatId() {
        return partenariatId;
    }

    public void setPartenariatId(Long partenariatId) {
        this.partenariatId = partenariatId;
    }

    public CollectiviteFrancaise getPorteur() {
        return porteur;
    }

    public Pays getPays() {
        return pays;
    }

    void setPays(Pays pays) {
        this.pays = pays;
    }

    public String getIntitule() {
        return intitule;
    }

    public void setIntitule(String intitule) {
        this.intitule = intitule;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public StatutCandidatureDaect getStatut() {
        return statut;
    }

    public LocalDate getDateDepot() {
        return dateDepot;
    }

    public BigDecimal getMontantDemande() {
        return montantDemande;
    }

    public String getAvisInstruction() {
        return avisInstruction;
    }

    public BigDecimal getMontantAccorde() {
        return montantAccorde;
    }

    public LocalDate getDateDecision() {
        return dateDecision;
    }

    public String getMotifDecision() {
        return motifDecision;
    }

    public List<LigneFinancementDaect> getLignes() {
        return lignes;
    }
}
