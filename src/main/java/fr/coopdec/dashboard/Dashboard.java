package fr.coopdec.dashboard;

import fr.coopdec.atlas.Agregat;
import fr.coopdec.shared.dashboard.DashboardAlert;
import fr.coopdec.shared.dashboard.DashboardScope;
import fr.coopdec.shared.dashboard.KeyFigure;
import fr.coopdec.shared.dashboard.YearSeries;
import java.util.List;

/**
 * Everything a dashboard shows, for one scope.
 *
 * @param scopeLabel   "France entière", a country's name or an authority's name
 * @param map          active partnerships per country
 * @param serverMillis the time taken to compute it (shown to DAECT, printed by the benchmark)
 */
public record Dashboard(
        DashboardScope scope,
        String scopeLabel,
        List<KeyFigure> figures,
        List<YearSeries> trends,
        List<DashboardAlert> alerts,
        List<Agregat> map,
        long serverMillis) {}
