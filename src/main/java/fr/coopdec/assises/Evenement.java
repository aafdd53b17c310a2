package fr.coopdec.assises;

import fr.coopdec.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An event: place, dates, organisers, objectives, capacity. Seats taken are counted by the database only. */
@Entity
@Table(name = "assises_evenement")
public class Evenement extends AbstractEntity {

    /** The absolute cap of a request, whatever the event (DemandeInscription). */
    public static final int MAX_PARTICIPANTS_PAR_DEMANDE = 30;

    @NotBlank(message = "{assises.validation.required}")
    @Size(max = 300)
    @Column(name = "titre", nullable = false, length = 300)
    private String titre;

    @NotBlank(message = "{assises.validation.required}")
    @Size(max = 300)
    @Column(name = "lieu", nullable = false, length = 300)
    private String lieu;

    @NotNull(message = "{assises.validation.required}")
    @Column(name = "date_debut", nullable = false)
    private LocalDate dateDebut;

    @NotNull(message = "{assises.validation.required}")
    @Column(name = "date_fin", nullable = false)
    private LocalDate dateFin;

    @Size(max = 1000)
    @Column(name = "organisateurs", length = 1000)
    private String organisateurs;

    @Column(name = "objectifs", columnDefinition = "TEXT")
    private String objectifs;

    @Min(value = 1, message = "{assises.validation.capacite}")
    @Column(name = "capacite", nullable = false)
    private int capacite;

    /** Written only by the seat counter's conditional UPDATE (see {@code SeatCounter}). */
    @Column(name = "places_prises", nullable = false, insertable = false, updatable = false)
    private int placesPrises;

    @Column(name = "approbation_requise", nullable = false)
    private boolean approbationRequise;

    /** Most participants one registration request may carry (against one client taking every seat). */
    @Min(value = 1, message = "{assises.validation.participants-par-demande}")
    @Max(value = MAX_PARTICIPANTS_PAR_DEMANDE, message = "{assises.validation.participants-par-demande}")
    @Column(name = "max_participants_par_demande", nullable = false)
    private int maxParticipantsParDemande = 10;
    /** Registrations accepted from this day (Paris time); empty: as soon as the event is published. */
    @Column(name = "inscriptions_ouverture")
    private LocalDate inscriptionsOuverture;

    /** Registrations refused from this day (Paris time); empty: the first day of the event. */
    @Column(name = "inscriptions_fermeture")
    private LocalDate inscriptionsFermeture;

    protected Evenement() {}

    public Evenement(String titre, String lieu, LocalDate dateDebut, LocalDate dateFin, int capacite) {
        this.titre = titre;
        this.lieu = lieu;
        this.dateDebut = dateDebut;
        this.dateFin = dateFin;
        this.capacite = capacite;
    }

    public String getTitre() {
        return titre;
    }

    public void setTitre(String titre) {
        this.titre = titre;
    }

    public String getLieu() {
        return lieu;
    }

    public void setLieu(String lieu) {
        this.lieu = lieu;
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

    public String getOrganisateurs() {
        return organisateurs;
    }

    public void setOrganisateurs(String organisateurs) {
        this.organisateurs = organisateurs;
    }

    public String getObjectifs() {
        return objectifs;
    }

    public void setObjectifs(String objectifs) {
        this.objectifs = objectifs;
    }

    public int getCapacite() {
        return capacite;
    }

    public void setCapacite(int capacite) {
        this.capacite = capacite;
    }

    public int getPlacesPrises() {
        return placesPrises;
    }

    public int getPlacesRestantes() {
        return Math.max(0, capacite - placesPrises);
    }

    public boolean isApprobationRequise() {
        return approbationRequise;
    }

    public void setApprobationRequise(boolean approbationRequise) {
        this.approbationRequise = approbationRequise;
    }

    public int getMaxParticipantsParDemande() {
        return maxParticipantsParDemande;
    }

    public void setMaxParticipantsParDemande(int max) {
        this.maxParticipantsParDemande = max;
    }

    public LocalDate getInscriptionsOuverture() {
        return inscriptionsOuverture;
    }

    public void setInscriptionsOuverture(LocalDate inscriptionsOuverture) {
        this.inscriptionsOuverture = inscriptionsOuverture;
    }

    public LocalDate getInscriptionsFermeture() {
        return inscriptionsFermeture;
    }

    public void setInscriptionsFermeture(LocalDate inscriptionsFermeture) {
        this.inscriptionsFermeture = inscriptionsFermeture;
    }

    /** The first day registrations are refused: the closing date, else the first day of the event; never after it ends. */
    public LocalDate getFermetureEffective() {
        LocalDate fermeture = inscriptionsFermeture == null ? dateDebut : inscriptionsFermeture;
        return fermeture.isAfter(dateFin) ? dateFin.plusDays(1) : fermeture;
    }

    /** Whether registrations are open on that day (Paris time). */
    public EtatInscriptions etatInscriptions(LocalDate aujourdhui) {
        if (inscriptionsOuverture != null && aujourdhui.isBefore(inscriptionsOuverture)) {
            return EtatInscriptions.PAS_ENCORE_OUVERTES;
        }
        return aujourdhui.isBefore(getFermetureEffective()) ? EtatInscriptions.OUVERTES : EtatInscriptions.CLOSES;
    }

    public boolean isComplet() {
        return placesPrises >= capacite;
    }
}
