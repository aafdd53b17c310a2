package fr.coopdec.pact3;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment made for a mission. */
@Embeddable
public class Paiement {

    @Column(name = "date_paiement", nullable = false)
    private LocalDate date;

    @Column(name = "montant", nullable = false, precision = 12, scale = 2)
    private BigDecimal montant;

    protected Paiement() {}

    public Paiement(LocalDate date, BigDecimal montant) {
        this.date = date;
        this.montant = montant;
    }

    public LocalDate getDate() {
        return date;
    }

    public BigDecimal getMontant() {
        return montant;
    }
}
