package fr.coopdec.shared.dashboard;

import java.math.BigDecimal;
import java.util.SortedMap;

/** A figure per year (a trend chart), e.g. partnerships started per year. */
public record YearSeries(String labelKey, SortedMap<Integer, BigDecimal> values) {}
