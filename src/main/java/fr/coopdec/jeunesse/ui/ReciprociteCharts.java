package fr.coopdec.jeunesse.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import fr.coopdec.jeunesse.LigneReciprocite;
import fr.coopdec.shared.ui.EChart;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The reciprocity chart (sent and hosted as bars, the balance as a line, per year) and its table:
 * ChartOptions draws one series, reciprocity needs three. Labels go through Jackson, so they are escaped.
 */
final class ReciprociteCharts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReciprociteCharts() {}

    static EChart parAnnee(Component c, List<LigneReciprocite> lignes) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("tooltip").put("trigger", "axis");
        ArrayNode legend = root.putObject("legend").putArray("data");
        String envoyes = c.getTranslation("jeunesse.reciprocite.envoyes");
        String accueillis = c.getTranslation("jeunesse.reciprocite.accueillis");
        String solde = c.getTranslation("jeunesse.reciprocite.solde");
        legend.add(envoyes).add(accueillis).add(solde);
        root.putObject("grid")
                .put("containLabel", true)
                .put("left", 8)
                .put("right", 24)
                .put("top", 40)
                .put("bottom", 8);
        ArrayNode years = root.putObject("xAxis").put("type", "category").putArray("data");
        lignes.forEach(l -> years.add(l.libelle()));
        root.putObject("yAxis").put("type", "value").put("minInterval", 1);
        ArrayNode series = root.putArray("series");
        serie(
                series,
                "bar",
                envoyes,
                "#000091",
                lignes.stream().map(LigneReciprocite::envoyes).toList());
        serie(
                series,
                "bar",
                accueillis,
                "#e1000f",
                lignes.stream().map(LigneReciprocite::accueillis).toList());
        serie(
                series,
                "line",
                solde,
                "#18753c",
                lignes.stream().map(LigneReciprocite::solde).toList());
        EChart chart = new EChart();
        try {
            chart.setOption(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        chart.setAriaLabel(c.getTranslation("jeunesse.reciprocite.chart.aria"));
        return chart;
    }

    private static void serie(ArrayNode series, String type, String name, String colour, List<Long> values) {
        ObjectNode s = series.addObject().put("type", type).put("name", name);
        s.putObject("itemStyle").put("color", colour);
        ArrayNode data = s.putArray("data");
        values.forEach(data::add);
    }

    /** The table of the same numbers (and the text alternative of the chart). */
    static Grid<LigneReciprocite> table(Component c, String keyHeader, List<LigneReciprocite> lignes) {
        Grid<LigneReciprocite> grid = new Grid<>();
        grid.addColumn(LigneReciprocite::libelle).setHeader(keyHeader).setFlexGrow(2);
        grid.addColumn(LigneReciprocite::envoyes).setHeader(c.getTranslation("jeunesse.reciprocite.envoyes"));
        grid.addColumn(LigneReciprocite::accueillis).setHeader(c.getTranslation("jeunesse.reciprocite.accueillis"));
        grid.addColumn(LigneReciprocite::solde).setHeader(c.getTranslation("jeunesse.reciprocite.solde"));
        grid.setItems(lignes);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The balance's trend over the last two years with mobilities, in a sentence. */
    static Paragraph tendance(Component c, List<LigneReciprocite> lignes) {
        if (lignes.size() < 2) {
            return new Paragraph(c.getTranslation("jeunesse.reciprocite.tendance.inconnue"));
        }
        LigneReciprocite avant = lignes.get(lignes.size() - 2);
        LigneReciprocite dernier = lignes.get(lignes.size() - 1);
        long ecartAvant = Math.abs(avant.solde());
        long ecart = Math.abs(dernier.solde());
        String key = ecart < ecartAvant ? "equilibre" : ecart > ecartAvant ? "desequilibre" : "stable";
        return new Paragraph(c.getTranslation(
                "jeunesse.reciprocite.tendance." + key,
                avant.libelle(),
                dernier.libelle(),
                avant.solde(),
                dernier.solde()));
    }
}
