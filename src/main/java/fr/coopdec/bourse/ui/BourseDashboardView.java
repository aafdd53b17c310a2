package fr.coopdec.bourse.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.coopdec.bourse.BourseStatistiques;
import fr.coopdec.shared.TranslationProvider;
import fr.coopdec.shared.security.Roles;
import fr.coopdec.shared.ui.ChartOptions;
import fr.coopdec.shared.ui.ChartPoint;
import fr.coopdec.shared.ui.ChartSection;
import fr.coopdec.shared.ui.ChartTable;
import fr.coopdec.shared.ui.EChart;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;

/** DAECT's Bourse figures: sheets by state, country and theme (one GROUP BY each), median time to moderation. */
@Route(value = BourseRoutes.TABLEAU, layout = MainLayout.class)
@Menu(order = 34, title = "bourse.menu.tableau", icon = "vaadin:chart")
@RolesAllowed(Roles.ADMIN)
public class BourseDashboardView extends VerticalLayout implements HasDynamicTitle {

    final Paragraph mediane = new Paragraph();
    final ChartSection statuts;
    final ChartSection pays;
    final ChartSection themes;

    public BourseDashboardView(BourseStatistiques stats) {
        boolean en =
                TranslationProvider.ENGLISH.getLanguage().equals(getLocale().getLanguage());
        mediane.setText(stats.medianeModeration()
                .map(this::duree)
                .map(d -> getTranslation("bourse.tableau.mediane", d))
                .orElse(getTranslation("bourse.tableau.mediane.aucune")));
        statuts = section(
                "statuts",
                (n, p) -> ChartOptions.pie(n, p, true),
                stats.parStatut().stream()
                        .map(c -> new ChartPoint(
                                c.code(), getTranslation("bourse.enum.StatutFiche." + c.code()), c.nombre()))
                        .toList());
        pays = section(
                "pays",
                ChartOptions::horizontalBar,
                stats.parPays().stream()
                        .map(c -> new ChartPoint(c.code(), en ? c.libelleEn() : c.libelleFr(), c.nombre()))
                        .toList());
        themes = section(
                "themes",
                ChartOptions::horizontalBar,
                stats.parTheme().stream()
                        .map(c -> new ChartPoint(c.code(), en ? c.libelleEn() : c.libelleFr(), c.nombre()))
                        .toList());
        add(new H1(getTranslation("bourse.tableau.title")), mediane, statuts, pays, themes);
    }

    private ChartSection section(
            String name, BiFunction<String, List<ChartPoint>, String> options, List<ChartPoint> points) {
        String title = getTranslation("bourse.tableau." + name);
        EChart chart = new EChart();
        chart.setOption(options.apply(getTranslation("bourse.tableau.serie"), points));
        chart.setAriaLabel(getTranslation("bourse.tableau.aria", title));
        ChartTable table = new ChartTable(
                title,
                getTranslation("bourse.tableau." + name + ".colonne"),
                getTranslation("bourse.tableau.serie"),
                points,
                getLocale(),
                p -> null);
        ChartSection section = new ChartSection(title, chart, table);
        section.setId("bourse-tableau-" + name);
        return section;
    }

    private String duree(Duration d) {
        return d.toDays() >= 1
                ? getTranslation("bourse.tableau.jours", d.toDays())
                : getTranslation("bourse.tableau.heures", Math.max(1, d.toHours()));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("bourse.tableau.title"));
    }
}
