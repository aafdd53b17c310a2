package fr.coopdec.pact3;

import fr.coopdec.shared.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An exploratory mission of a laureate to a country where French cooperation is little developed:
 * budget lines within the call's ceiling; proposed → approved or refused → carried out → report
 * uploaded → closed; payments recorded.
 */
@Entity
@Table(name = "pact3_mission")
public class MissionExploratoire extends AbstractEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "candidature_id", nullable = false)
    private Candidature candidature;

    @Column(name = "pays_code", nullable = false, length = 2)
    private String paysCode;

    @Column(name = "objet", nullable = false, length = 1000)
    private String objet;

    @Enumerated(EnumType.STRING)
    @Column(name = "statut", nullable = false, length = 20)
    private StatutMissionExploratoire statut = StatutMissionExploratoire.PROPOSEE;

    @Column(name = "motif_refus", length = 2000)
    private String motifRefus;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pact3_mission_ligne", joinColumns = @JoinColumn(name = "mission_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "nature")
    @Column(name = "montant", nullable = false, precision = 12, scale = 2)
    private Map<NatureDepense, BigDecimal> lignes = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pact3_mission_paiement", joinColumns = @JoinColumn(name = "mission_id"))
    @OrderColumn(name = "position")
    private List<Paiement> paiements = new ArrayList<>();

    protected MissionExploratoire() {}

    MissionExploratoire(Candidature candidature, String paysCode, String objet, Map<NatureDepense, BigDecimal> lignes) {
        this.candidature = candidature;
        this.paysCode = paysCode;
        this.objet = objet;
        this.lignes = new HashMap<>(lignes);
    }

    public BigDecimal budget() {
        return lignes.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalPaye() {
        return paiements.stream().map(Paiement::getMontant).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    void passer(StatutMissionExploratoire nouveau) {
        statut = nouveau;
    }

    void refuser(String motif) {
        statut = StatutMissionExploratoire.REFUSEE;
        motifRefus = motif;
    }

    public Candidature getCandidature() {
        return candidature;
    }

    public String getPaysCode() {
        return paysCode;
    }

    public String getObjet() {
        return objet;
    }

    public StatutMissionExploratoire getStatut() {
        return statut;
    }

    public String getMotifRefus() {
        return motifRefus;
    }

    public Map<NatureDepense, BigDecimal> getLignes() {
        return new EnumMap<>(lignes.isEmpty() ? Map.of() : lignes);
    }

    public List<Paiement> getPaiements() {
        return paiements;
    }
}
