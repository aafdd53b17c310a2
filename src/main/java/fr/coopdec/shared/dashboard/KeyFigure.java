package fr.coopdec.shared.dashboard;

import java.math.BigDecimal;

/**
 * One figure of the dashboard and the filtered list behind it.
 *
 * @param order    position on the dashboard (modules take their own range: Atlas 100s, Bourse 200s...)
 * @param labelKey translation key of its label
 * @param value    the figure
 * @param unit     how to show it
 * @param link     the route of the list it summarises, query string included (null: no list)
 */
public record KeyFigure(int order, String labelKey, BigDecimal value, Unit unit, String link) {

    public enum Unit {
        COUNT,
        EUROS
    }

    public static KeyFigure count(int order, String labelKey, long value, String link) {
        return new KeyFigure(order, labelKey, BigDecimal.valueOf(value), Unit.COUNT, link);
    }

    public static KeyFigure euros(int order, String labelKey, BigDecimal value, String link) {
        return new KeyFigure(order, labelKey, value == null ? BigDecimal.ZERO : value, Unit.EUROS, link);
    }
}
