package org.flowbench.ui.charts;

import java.util.Objects;

/**
 * One bar of a {@link RankingChart}.
 *
 * @param key       what the bar stands for, as the chart reports it when the bar is clicked (an
 *                  address, a protocol); also the category label
 * @param value     the length of the bar, in the unit the chart's caller chose
 * @param valueText the value as people read it, drawn at the end of the bar, e.g. "1.5 MB (12.3%)"
 * @param other     whether the bar sums up everything not ranked; drawn apart and never picked
 */
public record BarEntry(String key, double value, String valueText, boolean other) {

    public BarEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(valueText, "valueText");
        if (!(value >= 0)) {
            throw new IllegalArgumentException("a bar's value must be zero or more: " + value);
        }
    }
}
