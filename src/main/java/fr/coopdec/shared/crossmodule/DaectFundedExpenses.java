package fr.coopdec.shared.crossmodule;

import java.math.BigDecimal;
import java.util.List;

/**
 * The expenses DAECT's calls for projects fund on an Atlas partnership: the DAECT module implements
 * it, FICOL reads it to check that AFD does not fund the same expense twice (decision 0015). Going
 * through this interface keeps FICOL free of any dependency on the calls module.
 */
public interface DaectFundedExpenses {

    /**
     * One line of a granted application's plan that asks DAECT for money.
     *
     * @param categorie     the expense's category
     * @param annee         the year it is spent
     * @param depense       its label in the application
     * @param montantDaect  the share asked from DAECT for it (euros)
     * @param appel         the call's title
     * @param candidature   the application's title
     * @param candidatureId the application's id
     */
    record FundedExpense(
            CategorieDepense categorie,
            int annee,
            String depense,
            BigDecimal montantDaect,
            String appel,
            String candidature,
            long candidatureId) {}

    /** The expenses of the granted applications on that partnership, by year and category. */
    List<FundedExpense> forPartnership(long partenariatId);
}
