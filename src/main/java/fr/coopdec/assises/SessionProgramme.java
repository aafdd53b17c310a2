package fr.coopdec.assises;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A session of the programme: plenary, workshop or side event, in a room, at a time, with speakers. */
@Entity
@Table(name = "assises_session")
public class SessionProgramme extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evenement_id", nullable = false)
    private Evenement evenement;

    @Column(name = "titre", nullable = false, length = 300)
    private String titre;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 20)
    private TypeSession type;

    @Column(name = "salle", nullable = false, length = 120)
    private String salle;

    @Column(name = "debut", nullable = false)
    private LocalDateTime debut;

    @Column(name = "fin", nullable = false)
    private LocalDateTime fin;

    @Column(name = "capacite", nullable = false)
    private int capacite;

    @Column(name = "places_prises", nullable = false, insertable = false, updatable = false)
    private int placesPrises;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assises_intervenant", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    private List<Intervenant> intervenants = new ArrayList<>();

    protected SessionProgramme() {}

    public SessionProgramme(
            Evenement evenement,
            String titre,
            TypeSession type,
            String salle,
            LocalDateTime debut,
            LocalDateTime fin,
            int capacite) {
        this.evenement = evenement;
        this.titre = titre;
        this.type = type;
        this.salle = salle;
        this.debut = debut;
        this.fin = fin;
        this.capacite = capacite;
    }

    public Evenement getEvenement() {
        return evenement;
    }

    public String getTitre() {
        return titre;
    }

    public void setTitre(String titre) {
        this.titre = titre;
    }

    public TypeSession getType() {
        return type;
    }

    public void setType(TypeSession type) {
        this.type = type;
    }

    public String getSalle() {
        return salle;
    }

    public void setSalle(String salle) {
        this.salle = salle;
    }

    public LocalDateTime getDebut() {
        return debut;
    }

    public void setDebut(LocalDateTime debut) {
        this.debut = debut;
    }

    public LocalDateTime getFin() {
        return fin;
    }

    public void setFin(LocalDateTime fin) {
        this.fin = fin;
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

    public List<Intervenant> getIntervenants() {
        return intervenants;
    }

    public void setIntervenants(List<Intervenant> intervenants) {
        this.intervenants.clear();
        this.intervenants.addAll(intervenants);
    }

    boolean chevauche(SessionProgramme other) {
        return debut.isBefore(other.fin) && other.debut.isBefore(fin);
    }
}
