package fr.coopdec.jeunesse;

import java.math.BigDecimal;

/** A funded project: its grant, its planned mobilities and the placements that took place. */
public record SuiviProjet(
        long id,
        String intitule,
        String porteur,
        BigDecimal subvention,
        int mobilitesPrevues,
        long mobilitesRealisees) {

    public long ecart() {
        return mobilitesRealisees - mobilitesPrevues;
    }
}
