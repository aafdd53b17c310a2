package fr.coopdec.shared.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * ECharts options for the usual charts, built with Jackson so that labels typed by users (names of
 * authorities, themes) are always escaped. Every data item carries its {@code code} (returned by
 * click events) and its {@code label} (shown in tooltips by {@code coopdec-echart.js}).
 */
public final class ChartOptions {

    /** The map name the world GeoJSON is registered under (see {@link EChart#useWorldMap()}). */
    public static final String WORLD_MAP = "world";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Light to dark blue (French institutional blue), readable with the grey of countries without data. */
    private static final String[] MAP_COLOURS = {"#dbe6f7", "#7fa6e0", "#000091"};

    private static final String BAR_COLOUR = "#000091";

    /** More categories than this: the chart is given the page's width and upright axis labels. */
    static final int MANY = 12;

    /** Width of a horizontal bar chart's category labels, in pixels (longer ones wrap). */
    private static final int LABEL_WIDTH = 240;

    private ChartOptions() {}

    /** Vertical bars, in the order given (e.g. years). */
    public static String bar(String seriesName, List<ChartPoint> points) {
        ObjectNode root = base();
        categoryAxis(root.putObject("xAxis"), points, true);
        root.putObject("yAxis").put("type", "value").put("minInterval", 1);
        root.putArray("series").add(coloured(series("bar", seriesName, points)));
        return write(root);
    }

    /** Horizontal bars, first point on top: suits long labels (themes, régions). */
    public static String horizontalBar(String seriesName, List<ChartPoint> points) {
        ObjectNode root = base();
        root.putObject("xAxis").put("type", "value").put("minInterval", 1);
        ObjectNode categories =
                categoryAxis(root.putObject("yAxis"), points, false).put("inverse", true);
        // long labels (themes, régions) wrap on two lines with their own line height; coopdec-echart.js
        // gives each bar a row tall enough for its label
        ((ObjectNode) categories.get("axisLabel"))
                .put("width", LABEL_WIDTH)
                .put("overflow", "break")
                .put("lineHeight", 14);
        root.putArray("series").add(coloured(series("bar", seriesName, points)));
        return write(root);
    }

    /** A line over ordered categories (e.g. start years). */
    public static String line(String seriesName, List<ChartPoint> points) {
        ObjectNode root = base();
        categoryAxis(root.putObject("xAxis"), points, true);
        root.putObject("yAxis").put("type", "value").put("minInterval", 1);
        root.putArray("series").add(coloured(series("line", seriesName, points)));
        return write(root);
    }

    /** A pie, or a donut when {@code donut}; slices are named by their labels. */
    public static String pie(String seriesName, List<ChartPoint> points, boolean donut) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("tooltip").put("trigger", "item");
        ObjectNode series = series("pie", seriesName, points);
        ArrayNode radius = series.putArray("radius");
        radius.add(donut ? "35%" : "0%").add("60%");
        // Long labels (world zones, themes) wrap instead of being cut at the edge of the box.
        series.putObject("label").put("width", 110).put("overflow", "break");
        // Many thin slices: labels that would overlap are hidden (the data table lists them all).
        series.putObject("labelLayout").put("hideOverlap", true);
        for (int i = 0; i < points.size(); i++) {
            ((ObjectNode) series.get("data").get(i)).put("name", points.get(i).label());
        }
        root.putArray("series").add(series);
        return write(root);
    }

    /**
     * A world choropleth: points' codes are ISO 3166 alpha-2 codes, matched with the names of the
     * shipped GeoJSON; countries without a point stay grey.
     */
    public static String worldMap(String seriesName, List<ChartPoint> points) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("tooltip").put("trigger", "item");
        long max = points.stream().mapToLong(ChartPoint::value).max().orElse(0);
        ObjectNode visualMap = root.putObject("visualMap");
        visualMap
                .put("type", "continuous")
                .put("min", 0)
                .put("max", Math.max(max, 1))
                .put("left", "left")
                .put("bottom", 10)
                .put("calculable", true);
        ArrayNode colours = visualMap.putObject("inRange").putArray("color");
        for (String colour : MAP_COLOURS) {
            colours.add(colour);
        }
        ObjectNode series = series("map", seriesName, points);
        series.put("map", WORLD_MAP).put("roam", true).put("selectedMode", false);
        series.putObject("itemStyle").put("areaColor", "#eeeeee").put("borderColor", "#999999");
        series.putObject("emphasis").putObject("label").put("show", false);
        for (int i = 0; i < points.size(); i++) {
            ((ObjectNode) series.get("data").get(i)).put("name", points.get(i).code());
        }
        root.putArray("series").add(series);
        return write(root);
    }

    private static ObjectNode base() {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("tooltip").put("trigger", "item");
        root.putObject("grid")
                .put("containLabel", true)
                .put("left", 8)
                .put("right", 24)
                .put("top", 16)
                .put("bottom", 8);
        return root;
    }

    /**
     * Every category labelled (ECharts skips some by default when they are crowded). Many categories
     * on a horizontal axis (years) are written upright, so each takes a line's height of width; their
     * section then spans the page's width ({@link ChartSection}), where they all fit at 1366 px. Only a
     * label that would still overlap its neighbour is dropped (a phone's width); the table lists all.
     */
    private static ObjectNode categoryAxis(ObjectNode axis, List<ChartPoint> points, boolean horizontal) {
        axis.put("type", "category").set("data", labels(points));
        ObjectNode label = axis.putObject("axisLabel").put("interval", 0);
        if (horizontal && points.size() > MANY) {
            label.put("rotate", 90).put("fontSize", 11).put("hideOverlap", true);
        }
        return axis;
    }

    private static ObjectNode series(String type, String name, List<ChartPoint> points) {
        ObjectNode series = JSON.createObjectNode();
        series.put("type", type).put("name", name);
        ArrayNode data = series.putArray("data");
        for (ChartPoint point : points) {
            data.addObject()
                    .put("value", point.value())
                    .put("code", point.code())
                    .put("label", point.label());
        }
        return series;
    }

    private static ObjectNode coloured(ObjectNode series) {
        series.putObject("itemStyle").put("color", BAR_COLOUR);
        return series;
    }

    private static ArrayNode labels(List<ChartPoint> points) {
        ArrayNode labels = JSON.createArrayNode();
        points.forEach(p -> labels.add(p.label()));
        return labels;
    }

    private static String write(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
