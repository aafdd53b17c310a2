package fr.coopdec.jeunesse;

import fr.coopdec.referential.CollectiviteFrancaise;
import fr.coopdec.referential.CollectivitePartenaire;
import fr.coopdec.referential.Pays;
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
import java.time.LocalDate;

/**
 * A placement of a volunteer. Its French side (an authority of the referential or an association) and
 * its partner side (a foreign authority or an association) are the sending and host structures: the
 * French side sends when the direction is {@link Direction#ENVOI}, hosts when it is {@link Direction#ACCUEIL}.
 * {@code pays} is the partner side's country (destination of a volunteer sent abroad, origin of a hosted
 * one), {@code ville} the city where the volunteer serves. The partnership is an Atlas id (another module).
 */
@Entity
@Table(name = "jeunesse_mission")
public class Mission extends AbstractEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "volontaire_id", nullable = false)
    private Volontaire volontaire;

    @NotNull(message = "{jeunesse.mission.direction.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "direction", nullable = false, length = 10)
    private Direction direction;

    @NotNull(message = "{jeunesse.mission.programme.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "programme", nullable = false, length = 30)
    private Programme programme;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "collectivite_francaise_id")
    private CollectiviteFrancaise collectiviteFrancaise;

    @Size(max = 200)
    @Column(name = "association_france", length = 200)
    private String associationFrance;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "collectivite_partenaire_id")
    private CollectivitePartenaire collectivitePartenaire;

    @Size(max = 200)
    @Column(name = "association_etranger", length = 200)
    private String associationEtranger;

    @NotNull(message = "{jeunesse.mission.pays.required}")
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "pays_id", nullable = false)
    private Pays pays;

    @NotBlank(message = "{jeunesse.mission.ville.required}")
    @Size(max = 150)
    @Column(name = "ville", nullable = false, length = 150)
    private String ville;

    @NotNull(message = "{jeunesse.mission.debut.required}")
    @Column(name = "date_debut", nullable = false)
    private LocalDate dateDebut;

    @NotNull(message = "{jeunesse.mission.fin.required}")
    @Column(name = "date_fin", nullable = false)
    private LocalDate dateFin;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "statut", nullable = false, length = 15)
    private StatutMission statut = StatutMission.PREVUE;

    @Size(max = 500)
    @Column(name = "motif_interruption", length = 500)
    private String motifInterruption;

    @Column(name = "partenariat_id")
    private Long partenariatId;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "projet_id")
    private ProjetJeunesse projet;

    protected Mission() {}

    public Mission(
            Volontaire volontaire,
            Direction direction,
            Programme programme,
            Pays pays,
            String ville,
            LocalDate dateDebut,
            LocalDate dateFin) {
        this.volontaire = volontaire;
        this.direction = direction;
        this.programme = programme;
        this.pays = pays;
        this.ville = ville;
        this.dateDebut = dateDebut;
        this.dateFin = dateFin;
    }

    /** A blank placement of that volunteer, for the form. */
    public static Mission pour(Volontaire volontaire) {
        Mission m = new Mission();
        m.volontaire = volontaire;
        return m;
    }

    /** Name of the French side: the authority, else the association. */
    public String getStructureFrance() {
        return collectiviteFrancaise != null ? collectiviteFrancaise.getNom() : associationFrance;
    }

    /** Name of the partner side: the foreign authority, else the association. */
    public String getStructureEtranger() {
        return collectivitePartenaire != null ? collectivitePartenaire.getNom() : associationEtranger;
    }

    public String getStructureEnvoi() {
        return direction == Direction.ENVOI ? getStructureFrance() : getStructureEtranger();
    }

    public String getStructureAccueil() {
        return direction == Direction.ENVOI ? getStructureEtranger() : getStructureFrance();
    }

    public boolean chevauche(Mission autre) {
        return !dateDebut.isAfter(autre.dateFin) && !autre.dateDebut.isAfter(dateFin);
    }

    public Volontaire getVolontaire() {
        return volontaire;
    }

    void setVolontaire(Volontaire volontaire) {
        this.volontaire = volontaire;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public Programme getProgramme() {
        return programme;
    }

    public void setProgramme(Programme programme) {
        this.programme = programme;
    }

    public CollectiviteFrancaise getCollectiviteFrancaise() {
        return collectiviteFrancaise;
    }

    public void setCollectiviteFrancaise(CollectiviteFrancaise c) {
        this.collectiviteFrancaise = c;
    }

    public String getAssociationFrance() {
        return associationFrance;
    }

    public void setAssociationFrance(String a) {
        this.associationFrance = a == null || a.isBlank() ? null : a.trim();
    }

    public CollectivitePartenaire getCollectivitePartenaire() {
        return collectivitePartenaire;
    }

    public void setCollectivitePartenaire(CollectivitePartenaire c) {
        this.collectivitePartenaire = c;
    }

    public String getAssociationEtranger() {
        return associationEtranger;
    }

    public void setAssociationEtranger(String a) {
        this.associationEtranger = a == null || a.isBlank() ? null : a.trim();
    }

    public Pays getPays() {
        return pays;
    }

    public void setPays(Pays pays) {
        this.pays = pays;
    }

    public String getVille() {
        return ville;
    }

    public void setVille(String ville) {
        this.ville = ville == null ? null : ville.trim();
    }

    public LocalDate getDateDebut() {
        return dateDebut;
    }

    public void setDateDebut(LocalDate dateDebut) {
        this.dateDebut = dateDebut;
    }

    public LocalDate getDateFin() {
        return dateFin;
    }

    public void setDateFin(LocalDate dateFin) {
        this.dateFin = dateFin;
    }

    public StatutMission getStatut() {
        return statut;
    }

    public void setStatut(StatutMission statut) {
        this.statut = statut;
    }

    public String getMotifInterruption() {
        return motifInterruption;
    }

    public void setMotifInterruption(String m) {
        this.motifInterruption = m == null || m.isBlank() ? null : m.trim();
    }

    public Long getPartenariatId() {
        return partenariatId;
    }

    public void setPartenariatId(Long partenariatId) {
        this.partenariatId = partenariatId;
    }

    public ProjetJeunesse getProjet() {
        return projet;
    }

    public void setProjet(ProjetJeunesse projet) {
        this.projet = projet;
    }
}
