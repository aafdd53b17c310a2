package fr.coopdec.appels;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of the list of calls: its envelope, what is granted and how many applications it has. */
public record AppelResume(
        long id,
        String intitule,
        TypeAppel type,
        int anneeDebut,
        int anneeFin,
        LocalDate dateOuverture,
        LocalDate dateCloture,
        BigDecimal budget,
        BigDecimal engage,
        long candidatures) {

    public BigDecimal disponible() {
        return budget.subtract(engage);
    }

    public boolean isOuvert(LocalDate jour) {
        return !jour.isBefore(dateOuverture) && !jour.isAfter(dateCloture);
    }
}
