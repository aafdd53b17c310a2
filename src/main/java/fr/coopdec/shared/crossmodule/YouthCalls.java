package fr.coopdec.shared.crossmodule;

import java.math.BigDecimal;
import java.util.List;

/**
 * DAECT's youth calls for projects, one kind of DAECT call, managed by the Jeunesse module (their
 * grants carry mobilities and volunteers). The calls module lists them beside the other kinds through
 * this interface, which Jeunesse implements (decision 0015).
 *
 * @see YouthCall
 */
public interface YouthCalls {

    /**
     * A youth call and what it funds.
     *
     * @param route the Jeunesse page where it is managed
     */
    record YouthCall(long id, String intitule, int annee, long projets, BigDecimal subventions, String route) {}

    /** Every youth call, newest first. */
    List<YouthCall> youthCalls();
}
