package fr.coopdec.atlas;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Objects;

/** An amount (euros) a source brings to a project. */
@Embeddable
public class Cofinancement {

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 30)
    private SourceFinancement source;

    @NotNull
    @DecimalMin("0")
    @Column(name = "montant", nullable = false, precision = 15, scale = 2)
    private BigDecimal montant;

    protected Cofinancement() {}

    public Cofinancement(SourceFinancement source, BigDecimal montant) {
        this.source = source;
        this.montant = montant;
    }

    public SourceFinancement getSource() {
        return source;
    }

    public BigDecimal getMontant() {
        return montant;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cofinancement that
                && source == that.source
                && (montant == null
                        ? that.montant == null
                        : that.montant != null && montant.compareTo(that.montant) == 0);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source);
    }
}
