package fr.coopdec.pact3;

import fr.coopdec.shared.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A juror assigned to one application: declares no conflict of interest first, then scores every
 * criterion. Sees nothing else.
 */
@Entity
@Table(name = "pact3_jure")
public class Jure extends AbstractEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "candidature_id", nullable = false)
    private Candidature candidature;

    @Column(name = "utilisateur_id", nullable = false)
    private Long utilisateurId;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "sans_conflit_le")
    private Instant sansConflitLe;

    @Column(name = "note_le")
    private Instant noteLe;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pact3_note", joinColumns = @JoinColumn(name = "jure_id"))
    private List<Note> notes = new ArrayList<>();

    protected Jure() {}

    Jure(Candidature candidature, Long utilisateurId, String email) {
        this.candidature = candidature;
        this.utilisateurId = utilisateurId;
        this.email = email;
    }

    void declarerSansConflit(Instant when) {
        sansConflitLe = when;
    }

    void noter(List<Note> nouvelles, Instant when) {
        notes.clear();
        notes.addAll(nouvelles);
        noteLe = when;
    }

    /** The weighted average of this juror's scores (0–5), empty before scoring. */
    public OptionalDouble moyennePonderee() {
        List<Critere> criteres = candidature.getAppel().getCriteres();
        if (noteLe == null || notes.isEmpty() || criteres.isEmpty()) {
            return OptionalDouble.empty();
        }
        double somme = 0;
        int poids = 0;
        for (Note note : notes) {
            int p = criteres.get(note.getCriterePosition()).getPoids();
            somme += p * note.getValeur();
            poids += p;
        }
        return poids == 0 ? OptionalDouble.empty() : OptionalDouble.of(somme / poids);
    }

    public Candidature getCandidature() {
        return candidature;
    }

    public Long getUtilisateurId() {
        return utilisateurId;
    }

    public String getEmail() {
        return email;
    }

    public Instant getSansConflitLe() {
        return sansConflitLe;
    }

    public Instant getNoteLe() {
        return noteLe;
    }

    public List<Note> getNotes() {
        return notes;
    }
}
