package fr.coopdec.atlas.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.coopdec.atlas.Agregat;
import fr.coopdec.atlas.AtlasQueries;
import fr.coopdec.atlas.InvalidFilterParameterException;
import fr.coopdec.atlas.PartenariatFilter;
import fr.coopdec.atlas.PartenariatFilterParams;
import fr.coopdec.atlas.StatutPartenariat;
import fr.coopdec.referential.ReferentialQueries;
import fr.coopdec.shared.ui.ChartOptions;
import fr.coopdec.shared.ui.ChartPoint;
import fr.coopdec.shared.ui.ChartSection;
import fr.coopdec.shared.ui.ChartTable;
import fr.coopdec.shared.ui.EChart;
import fr.coopdec.shared.ui.ErrorNotifier;
import fr.coopdec.shared.ui.MainLayout;
import fr.coopdec.shared.ui.PageTitles;
import java.util.List;
import java.util.function.Function;

/**
 * The Atlas in pictures: a world map of partnerships per country and charts by theme, world zone,
 * start year and French région, all following the search filters of the URL (so a view can be shared).
 * Clicking a country, a bar or a slice — or a link in the data tables — narrows the filters.
 */
@Route(value = AtlasRoutes.CHARTS, layout = MainLayout.class)
@Menu(order = 11, title = "atlas.charts.menu", icon = "vaadin:globe-wire")
@AnonymousAllowed
public class AtlasChartsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient AtlasQueries queries;
    private final transient PartenariatFilterParams params;
    private final transient ReferentialQueries referential;
    private final transient ChartRefinements refinements;
    private PartenariatFilter filter = PartenariatFilter.all();

    public AtlasChartsView(AtlasQueries queries, PartenariatFilterParams params, ReferentialQueries referential) {
        this.queries = queries;
        this.params = params;
        this.referential = referential;
        this.refinements = new ChartRefinements(referential);
        addClassName("atlas-charts");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("atlas.charts.title")));
        try {
            filter = params.parse(event.getLocation().getQueryParameters().getParameters());
        } catch (InvalidFilterParameterException e) {
            Paragraph error = new Paragraph(ErrorNotifier.messageFor(e, getLocale()));
            error.setId("atlas-charts-error");
            error.getElement().setAttribute("role", "alert");
            add(error, new Anchor(AtlasRoutes.CHARTS, getTranslation("atlas.charts.reset")));
            return;
        }
        Anchor search = new Anchor(AtlasRoutes.SEARCH + query(filter), getTranslation("atlas.charts.to-search"));
        search.setId("atlas-charts-search-link");
        Div charts = new Div(
                section("themes", ChartOptions::horizontalBar, themes(), refinements::theme),
                section("zones", (n, p) -> ChartOptions.pie(n, p, true), zones(), refinements::zone),
                section("years", ChartOptions::bar, years(), refinements::year),
                section("regions", ChartOptions::horizontalBar, regions(), refinements::region));
        charts.addClassName("atlas-charts-grid");
        add(new ChartsFilterSummary(filter, referential), search, map(), charts);
    }

    /** Active partnerships, unless the user filtered on another status: the map follows the filters too. */
    private ChartSection map() {
        StatutPartenariat statut = filter.statut() != null ? filter.statut() : StatutPartenariat.ACTIF;
        List<ChartPoint> points =
                points(queries.parPays(filter.toBuilder().statut(statut).build()), a -> a.libelle(getLocale()));
        String title = statut == StatutPartenariat.ACTIF
                ? getTranslation("atlas.charts.map.title")
                : getTranslation("atlas.charts.map.title.statut", getTranslation("atlas.statut." + statut.name()));
        ChartSection section = section(title, "map", ChartOptions::worldMap, points, refinements::pays);
        section.getChart().useWorldMap();
        section.getChart().setHeight("480px");
        section.setId("atlas-charts-map");
        return section;
    }

    private List<ChartPoint> themes() {
        return points(queries.parThematique(filter), a -> a.libelle(getLocale()));
    }

    private List<ChartPoint> zones() {
        return points(queries.parZone(filter), a -> getTranslation("referential.zone." + a.cle()));
    }

    private List<ChartPoint> years() {
        return points(queries.parAnnee(filter), Agregat::cle);
    }

    private List<ChartPoint> regions() {
        return points(queries.parRegion(filter), a -> a.libelle(getLocale()));
    }

    private ChartSection section(
            String name, OptionBuilder options, List<ChartPoint> points, ChartRefinements.Refinement refine) {
        ChartSection section =
                section(getTranslation("atlas.charts." + name + ".title"), name, options, points, refine);
        section.setId("atlas-charts-" + name);
        return section;
    }

    private ChartSection section(
            String title,
            String name,
            OptionBuilder options,
            List<ChartPoint> points,
            ChartRefinements.Refinement refine) {
        EChart chart = new EChart();
        chart.setOption(options.build(getTranslation("atlas.charts.series"), points));
        chart.setAriaLabel(getTranslation("atlas.charts.aria", title));
        chart.addClickListener(e -> refine.apply(filter, e.getCode()).ifPresent(this::navigateTo));
        ChartTable table = new ChartTable(
                getTranslation("atlas.charts.table.caption", title),
                getTranslation("atlas.charts." + name + ".column"),
                getTranslation("atlas.charts.series"),
                points,
                getLocale(),
                p -> refine.apply(filter, p.code())
                        .map(f -> AtlasRoutes.CHARTS + query(f))
                        .orElse(null));
        return new ChartSection(title, chart, table);
    }

    private void navigateTo(PartenariatFilter refined) {
        QueryParameters query = QueryParameters.fromString(query(refined).replaceFirst("^\\?", ""));
        getUI().ifPresent(ui -> ui.navigate(AtlasRoutes.CHARTS, query));
    }

    private String query(PartenariatFilter f) {
        return params.queryString(f);
    }

    private static List<ChartPoint> points(List<Agregat> agregats, Function<Agregat, String> label) {
        return agregats.stream()
                .map(a -> new ChartPoint(a.cle(), label.apply(a), a.nombre()))
                .toList();
    }

    @FunctionalInterface
    private interface OptionBuilder {
        String build(String seriesName, List<ChartPoint> points);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("atlas.charts.title"));
    }
}
