package fr.coopdec.ficol;

import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.Pays;
import fr.coopdec.referential.Thematique;
import fr.coopdec.shared.AbstractEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A FICOL application and, once granted, its agreement and disbursements. */
@Entity
@Table(name = "ficol_dossier")
public class FicolDossier extends AbstractEntity {

    @NotBlank
    @Size(max = 250)
    @Column(name = "intitule", nullable = false, length = 250)
    private String intitule;

    /** The Atlas partnership the project belongs to (read through the Atlas services). */
    @NotNull(message = "{ficol.partenariat.requis}")
    @Column(name = "partenariat_id", nullable = false)
    private Long partenariatId;

    /** The partnership's country, copied when the file is saved. */
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "pays_id", nullable = false)
    private Pays pays;

    /** The applicant: alone, or leading the group of {@link #membres}. */
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "chef_de_file_id", nullable = false)
    private CollectiviteFrancaise chefDeFile;

    @ManyToMany
    @JoinTable(
            name = "ficol_dossier_membre",
            joinColumns = @JoinColumn(name = "dossier_id"),
            inverseJoinColumns = @JoinColumn(name = "collectivite_francaise_id"))
    private Set<CollectiviteFrancaise> membres = new HashSet<>();

    @NotNull
    @Min(value = 6, message = "{ficol.duree.bornes}")
    @Max(value = 60, message = "{ficol.duree.bornes}")
    @Column(name = "duree_mois", nullable = false)
    private Integer dureeMois;

    @ManyToMany
    @JoinTable(
            name = "ficol_dossier_thematique",
            joinColumns = @JoinColumn(name = "dossier_id"),
            inverseJoinColumns = @JoinColumn(name = "thematique_id"))
    private Set<Thematique> thematiques = new HashSet<>();

    @Size(max = 4000)
    @Column(name = "resultats_attendus", columnDefinition = "TEXT")
    private String resultatsAttendus;

    @NotNull
    @DecimalMin(value = "1", message = "{ficol.montant.positif}")
    @Column(name = "budget_total", nullable = false, precision = 14, scale = 2)
    private BigDecimal budgetTotal;

    /** Sum of the AFD-FICOL lines of the plan, kept for lists and dashboards. */
    @Column(name = "montant_demande", nullable = false, precision = 14, scale = 2)
    private BigDecimal montantDemande = BigDecimal.ZERO;

    @Column(name = "montant_accorde", precision = 14, scale = 2)
    private BigDecimal montantAccorde;

    @Column(name = "montant_verse", nullable = false, precision = 14, scale = 2)
    private BigDecimal montantVerse = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(name = "statut", nullable = false, length = 20)
    private StatutDossier statut = StatutDossier.BROUILLON;

    @Column(name = "date_depot")
    private LocalDate dateDepot;

    @Column(name = "date_comite")
    private LocalDate dateComite;

    @Column(name = "date_signature")
    private LocalDate dateSignature;

    @Column(name = "echeance_rapport_final")
    private LocalDate echeanceRapportFinal;

    @Column(name = "rapport_final_recu_le")
    private LocalDate rapportFinalRecuLe;

    @Column(name = "date_cloture")
    private LocalDate dateCloture;

    /** Reason of an ineligibility or a refusal. */
    @Column(name = "motif", length = 1000)
    private String motif;

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("annee, source, id")
    private List<LignePlan> lignes = new ArrayList<>();

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("numero")
    private List<Tranche> tranches = new ArrayList<>();

    protected FicolDossier() {}

    public FicolDossier(
            String intitule,
            Long partenariatId,
            CollectiviteFrancaise chefDeFile,
            Integer dureeMois,
            BigDecimal budgetTotal) {
        this.intitule = intitule;
        this.partenariatId = partenariatId;
        this.chefDeFile = chefDeFile;
        this.dureeMois = dureeMois;
        this.budgetTotal = budgetTotal;
    }

    public static FicolDossier blank(CollectiviteFrancaise chefDeFile) {
        FicolDossier dossier = new FicolDossier();
        dossier.chefDeFile = chefDeFile;
        return dossier;
    }

    public void addLigne(LignePlan ligne) {
        ligne.setDossier(this);
        lignes.add(ligne);
    }

    public void removeLigne(LignePlan ligne) {
        lignes.remove(ligne);
        ligne.setDossier(null);
    }

    public BigDecimal totalPlan() {
        return lignes.stream().map(LignePlan::getMontant).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalSource(SourcePlan source) {
        return lignes.stream()
                .filter(l -> l.getSource() == source)
                .map(LignePlan::getMontant)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The final report is due and not received. */
    public boolean isRapportFinalEnRetard(LocalDate today) {
        return rapportFinalRecuLe == null && echeanceRapportFinal != null && echeanceRapportFinal.isBefore(today);
    }

    public boolean isEnRetard(LocalDate today) {
        return isRapportFinalEnRetard(today) || tranches.stream().anyMatch(t -> t.isRapportEnRetard(today));
    }

    void updateMontantDemande() {
        montantDemande = totalSource(SourcePlan.AFD_FICOL);
    }

    Tranche addTranche(BigDecimal montant, LocalDate date, LocalDate echeanceRapport) {
        Tranche tranche = new Tranche(this, tranches.size() + 1, montant, date, echeanceRapport);
        tranches.add(tranche);
        montantVerse = montantVerse.add(montant);
        return tranche;
    }

    public String getIntitule() {
        return intitule;
    }

    public void setIntitule(String intitule) {
        this.intitule = intitule;
    }

    public Long getPartenariatId() {
        return partenariatId;
    }

    public void setPartenariatId(Long partenariatId) {
        this.partenariatId = partenariatId;
    }

    public Pays getPays() {
        return pays;
    }

    void setPays(Pays pays) {
        this.pays = pays;
    }

    public CollectiviteFrancaise getChefDeFile() {
        return chefDeFile;
    }

    public void setChefDeFile(CollectiviteFrancaise chefDeFile) {
        this.chefDeFile = chefDeFile;
    }

    public Set<CollectiviteFrancaise> getMembres() {
        return membres;
    }

    public void setMembres(Set<CollectiviteFrancaise> membres) {
        this.membres = new HashSet<>(membres);
    }

    public Integer getDureeMois() {
        return dureeMois;
    }

    public void setDureeMois(Integer dureeMois) {
        this.dureeMois = dureeMois;
    }

    public Set<Thematique> getThematiques() {
        return thematiques;
    }

    public void setThematiques(Set<Thematique> thematiques) {
        this.thematiques = new HashSet<>(thematiques);
    }

    public String getResultatsAttendus() {
        return resultatsAttendus;
    }

    public void setResultatsAttendus(String resultatsAttendus) {
        this.resultatsAttendus = resultatsAttendus;
    }

    public BigDecimal getBudgetTotal() {
        return budgetTotal;
    }

    public void setBudgetTotal(BigDecimal budgetTotal) {
        this.budgetTotal = budgetTotal;
    }

    public BigDecimal getMontantDemande() {
        return montantDemande;
    }

    public BigDecimal getMontantAccorde() {
        return montantAccorde;
    }

    void setMontantAccorde(BigDecimal montantAccorde) {
        this.montantAccorde = montantAccorde;
    }

    public BigDecimal getMontantVerse() {
        return montantVerse;
    }

    public StatutDossier getStatut() {
        return statut;
    }

    void setStatut(StatutDossier statut) {
        this.statut = statut;
    }

    public LocalDate getDateDepot() {
        return dateDepot;
    }

    void setDateDepot(LocalDate dateDepot) {
        this.dateDepot = dateDepot;
    }

    public LocalDate getDateComite() {
        return dateComite;
    }

    void setDateComite(LocalDate dateComite) {
        this.dateComite = dateComite;
    }

    public LocalDate getDateSignature() {
        return dateSignature;
    }

    void setDateSignature(LocalDate dateSignature) {
        this.dateSignature = dateSignature;
    }

    public LocalDate getEcheanceRapportFinal() {
        return echeanceRapportFinal;
    }

    void setEcheanceRapportFinal(LocalDate date) {
        this.echeanceRapportFinal = date;
    }

    public LocalDate getRapportFinalRecuLe() {
        return rapportFinalRecuLe;
    }

    void setRapportFinalRecuLe(LocalDate date) {
        this.rapportFinalRecuLe = date;
    }

    public LocalDate getDateCloture() {
        return dateCloture;
    }

    void setDateCloture(LocalDate dateCloture) {
        this.dateCloture = dateCloture;
    }

    public String getMotif() {
        return motif;
    }

    void setMotif(String motif) {
        this.motif = motif;
    }

    public List<LignePlan> getLignes() {
        return lignes;
    }

    public List<Tranche> getTranches() {
        return tranches;
    }
}
