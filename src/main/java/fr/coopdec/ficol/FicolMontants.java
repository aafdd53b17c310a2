package fr.coopdec.ficol;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The one definition of FICOL money, used by the dashboard, the statistics, the Atlas API and the IATI
 * export (README, "Open data and IATI"):
 * <ul>
 * <li><b>granted</b> (accordé, also what is <b>committed</b>): the amount the committee granted, for
 * every file the committee granted, closed ones included ({@link StatutDossier#isEngage()});</li>
 * <li><b>paid</b> (versé): the tranches paid on or before today (a tranche is never recorded in the future).</li>
 * </ul>
 * SQL fragments over {@code ficol_dossier d}; {@link #PAID} needs a {@code :today} parameter.
 */
final class FicolMontants {

    /** The statuses of a granted file, as an SQL list. */
    static final String GRANTED_STATUSES = "("
            + Arrays.stream(StatutDossier.values())
                    .filter(StatutDossier::isEngage)
                    .map(s -> "'" + s.name() + "'")
                    .collect(Collectors.joining(", "))
            + ")";

    /** The amount granted to file d (zero unless granted). */
    static final String GRANTED =
            "CASE WHEN d.statut IN " + GRANTED_STATUSES + " THEN COALESCE(d.montant_accorde, 0) ELSE 0 END";

    /** The amount paid to file d so far. */
    static final String PAID = "(SELECT COALESCE(SUM(t.montant), 0) FROM ficol_tranche t WHERE t.dossier_id = d.id"
            + " AND t.date_versement <= :today)";

    private FicolMontants() {}
}
