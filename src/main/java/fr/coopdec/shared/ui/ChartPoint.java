package fr.coopdec.shared.ui;

import java.util.Objects;

/**
 * One value of a chart: {@code code} identifies it (ISO country code, theme code, year) and comes back
 * in click events; {@code label} is what people read.
 */
public record ChartPoint(String code, String label, long value) {

    public ChartPoint {
        Objects.requireNonNull(code, "code");
        label = label == null ? code : label;
    }
}
