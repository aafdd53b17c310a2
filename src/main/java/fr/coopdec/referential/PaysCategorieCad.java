package fr.coopdec.referential;

import fr.coopdec.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * The DAC category a country took on a date: a list version coming into force or a change during it
 * (an LDC graduation, a country leaving the list). The category in force on a date is the row with
 * the latest {@code dateEffet} not after it.
 */
@Entity
@Table(name = "pays_categorie_cad")
public class PaysCategorieCad extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pays_id", nullable = false)
    private Pays pays;

    @Enumerated(EnumType.STRING)
    @Column(name = "categorie_cad", nullable = false, length = 10)
    private CategorieCad categorie;

    @Column(name = "date_effet", nullable = false)
    private LocalDate dateEffet;

    @Column(name = "liste", nullable = false, length = 100)
    private String liste;

    @Column(name = "motif", length = 300)
    private String motif;

    protected PaysCategorieCad() {}

    PaysCategorieCad(Pays pays, CategorieCad categorie, LocalDate dateEffet, String liste, String motif) {
        this.pays = pays;
        this.categorie = categorie;
        this.dateEffet = dateEffet;
        this.liste = liste;
        this.motif = motif;
    }

    public CategorieCad getCategorie() {
        return categorie;
    }

    public LocalDate getDateEffet() {
        return dateEffet;
    }

    public String getListe() {
        return liste;
    }

    public String getMotif() {
        return motif;
    }

    Pays getPays() {
        return pays;
    }
}
