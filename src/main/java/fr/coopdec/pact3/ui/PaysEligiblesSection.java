package fr.coopdec.pact3.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.coopdec.pact3.PaysEligible;
import fr.coopdec.shared.ui.ChartOptions;
import fr.coopdec.shared.ui.ChartPoint;
import fr.coopdec.shared.ui.EChart;
import java.util.List;

/** The countries where a mission may go (few active Atlas partnerships): a map and the same list as a table. */
class PaysEligiblesSection extends VerticalLayout {

    final EChart map = new EChart();
    final Grid<PaysEligible> grid = new Grid<>(PaysEligible.class, false);

    PaysEligiblesSection(List<PaysEligible> pays, int seuil) {
        String series = getTranslation("pact3.eligibles.serie");
        map.setOption(ChartOptions.worldMap(
                series,
                pays.stream()
                        .map(p -> new ChartPoint(p.code(), p.nom(getLocale()), p.partenariatsActifs()))
                        .toList()));
        map.useWorldMap();
        map.setAriaLabel(getTranslation("pact3.eligibles.carte"));
        map.setWidth("100%");
        map.setHeight("22em");
        grid.addColumn(p -> p.nom(getLocale()))
                .setHeader(getTranslation("pact3.eligibles.pays"))
                .setKey("pays")
                .setFlexGrow(2);
        grid.addColumn(PaysEligible::partenariatsActifs).setHeader(series).setKey("actifs");
        grid.setItems(pays);
        grid.setHeight("22em");
        grid.setWidth("24em");
        HorizontalLayout both = new HorizontalLayout(map, grid);
        both.setWidthFull();
        both.setFlexGrow(1, map);
        add(
                new H2(getTranslation("pact3.eligibles.title")),
                new Paragraph(getTranslation("pact3.eligibles.intro", seuil, pays.size())),
                both);
        setPadding(false);
    }
}
